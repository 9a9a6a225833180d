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

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(AllerVersApplication.class);
        if (args.length > 0 && "import".equals(args[0])) {
            // The command line import runs without the web server, then exits.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("allervers.cli.import", "true",
                    "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
