package org.medialiteracy.kit.classroom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LoginThrottleIT {

    @Autowired MockMvc mvc;
    @Autowired AccountService accountService;

    @Test
    void repeated_failed_sign_ins_lock_the_username_even_for_the_right_password() throws Exception {
        accountService.create(new NewAccount("rivera", "Ms Rivera", "teacher-pass"), Role.TEACHER);
        mvc.perform(formLogin("/login").user("rivera").password("teacher-pass")).andExpect(authenticated());

        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(formLogin("/login").user("rivera").password("guess-" + i)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin("/login").user("rivera").password("teacher-pass")).andExpect(unauthenticated());
    }
}
