package fr.allervers.publicschedule;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * ETags on the public answers, from a hash of the body: a calendar app, a mairie's page or a proxy asking again with
 * {@code If-None-Match} gets 304 without the body. The body is still computed; the cache headers
 * ({@code Cache-Control: public, max-age=300}, Last-Modified) spare most of those requests in the first place.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PublicEtags extends ShallowEtagHeaderFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/public/");
    }
}
