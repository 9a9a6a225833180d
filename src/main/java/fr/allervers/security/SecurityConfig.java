package fr.allervers.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import fr.allervers.system.AllerVersProperties;
import fr.allervers.system.ServerOnly;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call what. Browsers sign in with a form (session cookie, CSRF token in the {@code XSRF-TOKEN} cookie
 * sent back as {@code X-XSRF-TOKEN}); scripts use HTTP Basic on {@code /api/**} and need no CSRF token. The rules
 * below are the single list of access rights; tenant isolation is enforced in the queries (CurrentConsortium).
 */
@Configuration
class SecurityConfig {

    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String FIELD = Role.FIELD.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    @ServerOnly
    SecurityFilterChain filterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
            OidcAccountService oidcAccounts, AppUserRepository users, ObjectProvider<SetupState> setupState,
            AllerVersProperties settings) throws Exception {
        ApiProblems apiProblems = new ApiProblems();
        // The OpenAPI document is read by scripts like the API itself: 401 problem, not the login page.
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs.yaml"));
        RequestMatcher scriptCall = SecurityConfig::basicCallWithoutSession;
        RoleLandingPage landing = new RoleLandingPage(users, setupState);

        http.authorizeHttpRequests(SecurityConfig::accessRules)
                .formLogin(form -> form.loginPage("/login").successHandler(landing).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiProblems))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(scriptCall))
                // X-Frame-Options comes with the policies: DENY everywhere but the public schedule's embed.
                .headers(headers -> headers.frameOptions(frames -> frames.disable()))
                .headers(headers -> SecurityHeaders.contentSecurityPolicies(settings.map().tileUrl())
                        .forEach(headers::addHeaderWriter))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                // Disabled accounts and sessions older than a password change end here, before any access decision.
                .addFilterBefore(new AccountStateFilter(users, apiProblems), ExceptionTranslationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(apiProblems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(apiProblems, api)
                        .defaultAccessDeniedHandlerFor(new RolePageRedirect(), SecurityConfig::pageVisit));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").successHandler(landing)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts)));
        }
        return http.build();
    }

    /**
     * A script's call, exempt from the CSRF check: HTTP Basic, and no session named by the request (cookie or URL;
     * even an expired one). A browser sends its session cookie with a forged cross-site request, and a page could add
     * a bogus {@code Authorization} header to a same-site one; either way the request then needs its CSRF token.
     */
    static boolean basicCallWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getRequestedSessionId() == null;
    }

    private static void accessRules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
                // Public: the login page, static assets (the icons too: the login page shows them; the field page's
                // service worker holds no data itself, and must stay reachable for its update checks after the
                // session ends) and the health check.
                .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                        "/favicon.svg", "/sw.js", "/actuator/health", "/actuator/health/**").permitAll()
                // The API's OpenAPI description and Swagger UI (docs/api.md): any signed-in role, funders included;
                // it describes every endpoint, each still guarded by the rules below.
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authenticated()
                // Calendar subscriptions: apps cannot sign in, the secret address is the key (CalendarFeeds).
                .requestMatchers(GET, "/calendar/*.ics").permitAll()
                // The public schedule of a territory whose coordinator opened it: pages, posters, feeds and open data
                // for residents and partners (publicschedule answers 404 while it is off).
                .requestMatchers(GET, "/public/**").permitAll()
                // A field worker subscribes to their own calendar; the service refuses anyone else's.
                .requestMatchers("/api/staff/*/calendar-feed").hasRole(FIELD)
                // Administration: accounts, member organisations, territories, first steps; and its pages.
                .requestMatchers("/administration.html", "/premiers-pas.html").hasRole(ADMIN)
                // Each view for the roles that use it; another role is sent to its own view (RolePageRedirect).
                .requestMatchers("/planification.html").hasRole(COORDINATOR)
                .requestMatchers("/ma-journee.html").hasRole(FIELD)
                .requestMatchers("/api/users", "/api/users/**", "/api/setup/**").hasRole(ADMIN)
                .requestMatchers(POST, "/api/organisations", "/api/territories").hasRole(ADMIN)
                .requestMatchers(PUT, "/api/organisations/*", "/api/organisations/*/archived", "/api/territories/*")
                .hasRole(ADMIN)
                // Every user changes their own password (with the current one).
                .requestMatchers(PUT, "/api/me/password").authenticated()
                .requestMatchers("/api/audit/**").hasRole(COORDINATOR)
                // Encounters are recorded and read by the field; funders never see one.
                .requestMatchers(POST, "/api/imports/encounters", "/api/encounters", "/api/encounters/**").hasRole(FIELD)
                .requestMatchers(GET, "/api/encounters", "/api/encounters/**").hasRole(FIELD)
                .requestMatchers("/api/imports/**").hasRole(COORDINATOR)
                // 115 hotels, places, colleagues and vans: the consortium's own people only. The territory editor's
                // writes on them fall under the coordinators' rule below.
                .requestMatchers(GET, "/api/layers/hotels", "/api/layers/places", "/api/organisations", "/api/staff",
                        "/api/vans", "/api/places", "/api/hotels", "/api/staff/*", "/api/vans/*", "/api/places/*",
                        "/api/hotels/*").hasRole(FIELD)
                // Public reference data and aggregates: every signed-in role, funders included.
                .requestMatchers(GET, "/api/territories", "/api/layers/communes", "/api/layers/qpv", "/api/qpv/at",
                        "/api/communes/*/qpv", "/api/map-config", "/api/heatmap", "/api/coverage", "/api/coverage/**",
                        "/api/demand/communes", "/api/me").authenticated()
                .requestMatchers(GET, "/api/demand/**").hasRole(FIELD)
                // Plans and routes: the field reads them, coordinators make them; the same for the days off.
                .requestMatchers(GET, "/api/permanence-plans/**", "/api/maraude-plans/**", "/api/closing-days",
                        "/api/days-off", "/api/school-holidays").hasRole(FIELD)
                // A team checks off its own stops (StopCheckOffs checks which): visited hotels count next time.
                .requestMatchers(PUT, "/api/maraude-plans/*/stops/*/check-off").hasRole(FIELD)
                .requestMatchers(DELETE, "/api/maraude-plans/*/stops/*/check-off").hasRole(FIELD)
                // Anything else under /api is for coordinators, so a new endpoint is never open to funders by mistake.
                .requestMatchers("/api/**").hasRole(COORDINATOR)
                .anyRequest().authenticated();
    }

    /** A browser opening a page (not a call of the API, not a form sent without its CSRF token). */
    private static boolean pageVisit(jakarta.servlet.http.HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getRequestURI().endsWith(".html");
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_COORDINATOR
                ROLE_COORDINATOR > ROLE_FIELD
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the algorithm id stored beside each hash so that it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
