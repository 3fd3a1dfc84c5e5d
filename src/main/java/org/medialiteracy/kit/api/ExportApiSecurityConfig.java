package org.medialiteracy.kit.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets signed-in users reach the export endpoints (HTTP Basic, or the browser's session); ExportService then
 * decides who gets which results. Needed because Vaadin's security configurer denies every request it does
 * not know ({@code anyRequest().denyAll()}), and this chain runs before it.
 */
@Configuration
class ExportApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain exportApi(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/assignments/*/export", "/api/classes/*/export")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .build();
    }
}
