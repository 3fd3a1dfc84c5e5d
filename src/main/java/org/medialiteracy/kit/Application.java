package org.medialiteracy.kit;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts the web app; the command-line verbs run without it (see {@link #main}). */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (KitCommandLine.handles(args)) {
            CommandLineLogging.toStandardError();
            System.exit(KitCommandLine.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /** One clock for due dates and lateness, replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
