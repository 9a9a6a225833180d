package fr.allervers.system;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address people reach the service at ({@code allervers.public-url}, e.g. {@code https://allervers.example.fr}),
 * for the absolute addresses the service hands out (calendar subscriptions). Without it they follow the request:
 * its {@code Host} header, or the forwarded host from a trusted proxy only (security.TrustedProxies) — set it in a
 * deployment, so that no client-chosen {@code Host} ends up in an address.
 *
 * @param publicUrl an absolute http(s) address, without query; blank: from the request
 */
@ConfigurationProperties("allervers")
public record PublicUrl(String publicUrl) {

    public PublicUrl {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.trim().replaceAll("/+$", "");
        if (publicUrl != null) {
            URI uri = URI.create(publicUrl);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("allervers.public-url : « " + publicUrl
                        + " » n'est pas une adresse http(s) absolue sans paramètres (ex. https://allervers.example.fr)");
            }
        }
    }

    /** A builder for an absolute address of this service, at its public address or else at the current request's. */
    public UriComponentsBuilder builder() {
        return publicUrl != null ? UriComponentsBuilder.fromUriString(publicUrl)
                : ServletUriComponentsBuilder.fromCurrentContextPath();
    }
}
