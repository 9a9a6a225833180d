package fr.allervers.security;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;

/**
 * The user names an admin creates end with their consortium's code: {@code marie.dupont} becomes
 * {@code marie.dupont@portes-du-sud}. User names are unique on the whole platform; if an admin could pick any, a name
 * refused as taken would tell them that somebody of another consortium has it. Within its own namespace an admin
 * only ever collides with their own consortium's accounts, which they already see. Accounts made from the command
 * line (the first admin) are the operator's choice and keep their name as typed.
 */
@Component
class ConsortiumLoginNames {

    static final int MAX_CODE_LENGTH = 30;

    private final ConsortiumRepository consortia;

    ConsortiumLoginNames(ConsortiumRepository consortia) {
        this.consortia = consortia;
    }

    /** {@code typed} within the consortium's namespace; a name already ending with its code is kept. */
    String qualify(String typed, Consortium consortium) {
        String suffix = "@" + codeOf(consortium);
        String name = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        return name.endsWith(suffix) ? name : name + suffix;
    }

    /** The consortium's code, given from its name the first time it is needed. */
    String codeOf(Consortium consortium) {
        if (consortium.getCode() == null) {
            String base = slug(consortium.getName());
            String code = base;
            for (int n = 2; consortia.existsByCode(code); n++) {
                code = base + "-" + n;
            }
            consortium.assignCode(code);
            consortia.save(consortium);
        }
        return consortium.getCode();
    }

    /** « Consortium Portes du Sud (démo) » → {@code portes-du-sud-demo}. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\bconsortium\\b", " ");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_CODE_LENGTH) {
            slug = slug.substring(0, MAX_CODE_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "consortium" : slug;
    }
}
