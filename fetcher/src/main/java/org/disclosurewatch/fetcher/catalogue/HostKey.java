package org.disclosurewatch.fetcher.catalogue;

import java.net.URI;
import java.util.Locale;

/** Names a host as politeness and ownership see it: lower-case host name plus a non-default port. */
public final class HostKey {
    private HostKey() {
    }

    public static String of(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException("no host in " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return defaultPort ? host : host + ":" + port;
    }
}
