package org.medialiteracy.kit;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.medialiteracy.kit.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors: the REST API (HTTP Basic or the browser's session; only analysis is open to all) and the views
 * (Vaadin's login view). Who may see which class or result is checked again in the services.
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/analyze").permitAll()
                        .anyRequest().authenticated())
                // Programs call the API with credentials on each request, not with a form.
                .csrf(csrf -> csrf.disable())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    SecurityFilterChain views(HttpSecurity http) throws Exception {
        // /error must stay open, or an API error status would turn into a redirect to the login page.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/error").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
