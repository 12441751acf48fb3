package org.disclosurewatch.fetcher.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.Predicate;
import org.disclosurewatch.fetcher.catalogue.HostKey;

/**
 * Decides whether a URL may be requested: http(s) only, hosts of the catalogue only, and never an address
 * inside a private network (private, link-local, unique-local, any-local, multicast; loopback unless
 * explicitly allowed for tests and the local demo). Every hop of a redirect chain passes through here.
 */
public final class UrlGuard {

    /** Resolves a host name to its addresses. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Predicate<String> catalogueHost;
    private final boolean allowLoopback;
    private final Resolver resolver;

    public UrlGuard(Predicate<String> catalogueHost, boolean allowLoopback) {
        this(catalogueHost, allowLoopback, InetAddress::getAllByName);
    }

    public UrlGuard(Predicate<String> catalogueHost, boolean allowLoopback, Resolver resolver) {
        this.catalogueHost = catalogueHost;
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** Throws when the URL must not be requested. */
    public void check(URI uri) throws RefusedUrlException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedUrlException("scheme '" + scheme + "' is not http(s): " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedUrlException("no host in " + uri);
        }
        if (isIpLiteral(host)) {
            checkAddresses(uri, host);
        }
        if (!catalogueHost.test(HostKey.of(uri))) {
            throw new RefusedUrlException("host " + HostKey.of(uri) + " is not in the catalogue: " + uri);
        }
        checkAddresses(uri, host);
    }

    private void checkAddresses(URI uri, String host) throws RefusedUrlException {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("host " + host + " does not resolve: " + uri);
        }
        for (InetAddress a : addresses) {
            String why = forbidden(a);
            if (why != null) {
                throw new RefusedUrlException(host + " resolves to " + why + " address " + a.getHostAddress() + ": " + uri);
            }
        }
    }

    private String forbidden(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "an any-local";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) {
            return "a unique-local";
        }
        if (b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) {
            return "a shared (carrier-grade NAT)";
        }
        return null;
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
