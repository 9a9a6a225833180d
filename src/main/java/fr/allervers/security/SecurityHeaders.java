package fr.allervers.security;

import java.util.List;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that limit what a page may do, should a script ever be injected: the pages load scripts,
 * styles and data from this server only (no inline script or style block, so no {@code 'unsafe-inline'}); Leaflet
 * draws with {@code data:} and {@code blob:} images, and the background map's tiles come from the configured tile
 * server. Swagger UI alone may apply inline styles. No referrer leaves the site, and the browser features that no page uses are switched off.
 */
final class SecurityHeaders {

    static final String REFERRER_POLICY = "same-origin";

    /** Neither page asks for the position, the camera or the microphone: nothing injected may either. */
    static final String PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), display-capture=(), interest-cohort=()";

    private SecurityHeaders() {
    }

    /**
     * The embeddable public schedule, the one answer another site may show in a frame (a mairie's website puts it in
     * an iframe): public, read-only, no session, nothing to click-jack.
     */
    static final String EMBED_PATH = "/public/territories/*/embed";

    /**
     * The policy of our pages, and a looser one for Swagger UI ({@code /swagger-ui/**}, signed-in users only), whose
     * bundle applies inline styles: styles only, its scripts stay as strict. The public schedule's embed may be
     * framed by any site; everything else by none, which {@code X-Frame-Options: DENY} says to older browsers too.
     */
    static List<HeaderWriter> contentSecurityPolicies(String tileUrl) {
        RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        RequestMatcher embed = PathPatternRequestMatcher.withDefaults().matcher(EMBED_PATH);
        return List.of(
                new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(new OrRequestMatcher(swaggerUi, embed)),
                        new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(tileUrl))),
                new DelegatingRequestMatcherHeaderWriter(swaggerUi, new ContentSecurityPolicyHeaderWriter(
                        contentSecurityPolicy(tileUrl).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"))),
                new DelegatingRequestMatcherHeaderWriter(embed, new ContentSecurityPolicyHeaderWriter(
                        contentSecurityPolicy(tileUrl).replace("frame-ancestors 'none'", "frame-ancestors *"))),
                new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(embed),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)));
    }

    /** @param tileUrl the background map's tile address template ({@code allervers.map.tile-url}), may be blank */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = tileSource(tileUrl);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:"
                + (tiles.isEmpty() ? "" : " " + tiles)
                + "; font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /**
     * The tile server as a CSP source: {@code https://{s}.tile.example.org/{z}/{x}/{y}.png} gives
     * {@code https://*.tile.example.org}. A host that a placeholder splits some other way falls back to its scheme.
     */
    static String tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        String template = tileUrl.trim();
        int schemeEnd = template.indexOf("://");
        if (schemeEnd <= 0) {
            return ""; // a relative address: served here, 'self' covers it
        }
        String scheme = template.substring(0, schemeEnd).toLowerCase(java.util.Locale.ROOT);
        int hostEnd = template.indexOf('/', schemeEnd + 3);
        String authority = template.substring(schemeEnd + 3, hostEnd < 0 ? template.length() : hostEnd);
        String host = authority.replaceFirst("^\\{[^}]*\\}\\.", "*.");
        boolean valid = host.matches("(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]+)?");
        if (!scheme.matches("https?")) {
            return "";
        }
        return valid ? scheme + "://" + host : scheme + ":";
    }
}
