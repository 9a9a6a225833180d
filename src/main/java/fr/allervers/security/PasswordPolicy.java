package fr.allervers.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after NIST SP 800-63B: long enough, and not one that attackers try first — a common
 * password of the bundled list (case ignored), the account's own username, the name of the service, or one character
 * repeated. No composition rules (digits, capitals…): they make passwords harder to remember, not to guess.
 * Every password set through {@link Accounts} passes here, except the embedded demo's documented one.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads 72 bytes at most: a longer password would be cut silently. */
    public static final int MAX_BYTES = 72;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load(COMMON_PASSWORDS);
    }

    /** @throws IllegalArgumentException saying in French why the password is refused */
    public void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("mot de passe obligatoire");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("mot de passe trop court : " + MIN_LENGTH + " caractères au moins");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("mot de passe trop long : " + MAX_BYTES + " octets au plus");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new IllegalArgumentException("ce mot de passe fait partie des plus courants : choisissez-en un autre");
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // The name as the person typed it, without the consortium's code an admin's accounts end with.
        String typed = name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
        if ((name.length() >= 3 && lower.contains(name)) || (typed.length() >= 3 && lower.contains(typed))) {
            throw new IllegalArgumentException("le mot de passe ne doit pas contenir l'identifiant");
        }
        String letters = lower.replaceAll("[^a-z]", "");
        if (letters.contains("allervers")) {
            throw new IllegalArgumentException("le mot de passe ne doit pas contenir le nom du service");
        }
        if (password.codePoints().distinct().count() < 3) {
            throw new IllegalArgumentException("le mot de passe répète trop les mêmes caractères");
        }
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>(65_536);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("list of common passwords missing: " + resource, e);
        }
        if (passwords.isEmpty()) {
            throw new IllegalStateException("list of common passwords is empty: " + resource);
        }
        return Set.copyOf(passwords);
    }
}
