package fr.allervers;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AllerVersApplication {

    private static final java.util.Set<String> COMMANDS = java.util.Set.of("import", "create-user");

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(AllerVersApplication.class);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            // Command line tools (import, create-user) run without the web server, then exit.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("allervers.cli.command", args[0],
                    "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
