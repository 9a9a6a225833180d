package fr.allervers.system;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

/** The {@code --name=value} options of the command line tools, read the same way by each. */
public final class CommandOptions {

    private CommandOptions() {
    }

    /**
     * @return the value of {@code --name=value}, or null when the option is absent
     * @throws IllegalArgumentException in French when the option has no value or is given twice
     */
    public static String single(ApplicationArguments args, String name) {
        if (!args.containsOption(name)) {
            return null;
        }
        List<String> values = args.getOptionValues(name);
        if (values.size() > 1) {
            throw new IllegalArgumentException("--" + name + " est donné plusieurs fois");
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + name + " demande une valeur : --" + name + "=…");
        }
        return values.get(0).trim();
    }
}
