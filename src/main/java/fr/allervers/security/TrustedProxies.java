package fr.allervers.security;

import java.util.List;

import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a reverse proxy, the client's address, the scheme (https) and the public host name arrive in
 * {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-Port}. Anyone
 * can send those headers, so they are read only on a request that comes from one of the configured
 * {@code allervers.security.trusted-proxies}, and not at all when there is none (the default). Tomcat's
 * {@code RemoteIpValve} does it before anything else sees the request: the login throttle then counts the real
 * client, the session cookie is {@code Secure} behind TLS, and addresses built from the request name the public host.
 * The RFC 7239 {@code Forwarded} header is not read: proxies send {@code X-Forwarded-*}.
 * {@code server.forward-headers-strategy} stays {@code none}, or Spring Boot would add its own valve, trusting every
 * private address, on a cloud platform.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final List<String> proxies;

    TrustedProxies(SecurityProperties properties) {
        this.proxies = properties.trustedProxies();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!proxies.isEmpty()) {
            factory.addEngineValves(valve(proxies));
        }
    }

    /** The valve for these proxies, each an address or a CIDR block; a malformed one stops the start. */
    static RemoteIpValve valve(List<String> proxies) {
        List<String> blocks = proxies.stream().map(TrustedProxies::block).toList();
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(String.join(",", blocks)); // with a '/', Tomcat reads CIDR blocks, not a regex
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProxiesHeader("X-Forwarded-By");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    private static String block(String proxy) {
        String block = proxy.contains("/") ? proxy : proxy + (proxy.contains(":") ? "/128" : "/32");
        try {
            new NetMask(block);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("allervers.security.trusted-proxies : « " + proxy
                    + " » n'est ni une adresse IP ni un bloc CIDR (ex. 10.0.0.5 ou 10.0.0.0/24)", e);
        }
        return block;
    }
}
