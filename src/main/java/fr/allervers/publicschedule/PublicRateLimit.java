package fr.allervers.publicschedule;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A small token bucket per client address on the public addresses ({@code /public/**}): 60 requests a minute, one
 * more each second. Enough for a person browsing and for a calendar app or a mairie's page behind a cache, not for
 * a scraper hammering the database. In memory, per instance; the address is Tomcat's remote address, the real client
 * behind a trusted proxy (security.TrustedProxies). Past the limit: 429 in French, with Retry-After.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicRateLimit extends OncePerRequestFilter {

    static final int CAPACITY = 60;
    private static final double REFILL_PER_NANO = CAPACITY / 60e9;
    /** Beyond this many addresses, the full (idle) buckets are forgotten: memory stays bounded. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        private double tokens = CAPACITY;
        private long updated = System.nanoTime();

        /** Takes a token; the seconds to wait for the next one when there is none (0: taken). */
        synchronized long take(long now) {
            tokens = Math.min(CAPACITY, tokens + (now - updated) * REFILL_PER_NANO);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / REFILL_PER_NANO / 1e9);
        }

        synchronized boolean full(long now) {
            return tokens + (now - updated) * REFILL_PER_NANO >= CAPACITY;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.nanoTime();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        long wait = buckets.computeIfAbsent(String.valueOf(request.getRemoteAddr()), a -> new Bucket()).take(now);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait)));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://allervers.fr/problemes/trop-de-requetes\",\"title\":\"Trop de"
                + " requêtes\",\"status\":429,\"detail\":\"trop de requêtes depuis votre adresse (" + CAPACITY
                + " par minute au plus) : réessayez dans " + Math.max(1, wait) + " s\"}");
    }
}
