package vanishingpoint.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A {@code --store} value: {@code postgresql://USER:PASSWORD@HOST:PORT/DATABASE?PARAMS} (as libpq
 * writes it; {@code postgres://} too) or the JDBC form {@code jdbc:postgresql://...}. Without a
 * password in the URL, {@code PGPASSWORD} from the environment is used, as psql does: a password
 * on the command line is visible to every user of the machine in {@code ps}.
 *
 * @param jdbc the URL for the driver, without user and password
 * @param shown the URL for messages and logs: never the password
 */
public record StoreUrl(String jdbc, String user, String password, String shown) {

  /** Parses {@code value}; the message of the exception says what is wrong in one line. */
  public static StoreUrl parse(String value, java.util.Map<String, String> env) {
    String v = value.strip();
    String rest;
    if (v.startsWith("jdbc:postgresql://")) {
      rest = v.substring("jdbc:postgresql://".length());
    } else if (v.startsWith("postgresql://")) {
      rest = v.substring("postgresql://".length());
    } else if (v.startsWith("postgres://")) {
      rest = v.substring("postgres://".length());
    } else {
      throw new IllegalArgumentException("'" + shorten(v) + "' is not a PostgreSQL URL"
          + " (postgresql://USER@HOST:PORT/DATABASE)");
    }
    URI uri;
    try {
      uri = new URI("postgresql://" + rest);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + shorten(redact(v)) + "' is not a valid URL: " + e.getReason());
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("'" + shorten(redact(v)) + "' names no host");
    }
    String path = uri.getRawPath();
    if (path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
      throw new IllegalArgumentException("'" + shorten(redact(v)) + "' names no database (…/DATABASE at the end)");
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    if (port == 0 || port > 65535) {
      throw new IllegalArgumentException("'" + shorten(redact(v)) + "' has no valid port");
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    if (password == null) {
      password = env.get("PGPASSWORD");
    }
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    String base = "postgresql://" + hostPart + ":" + port + path;
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new StoreUrl("jdbc:" + base + query, user, password,
        (user != null ? "postgresql://" + user + "@" + hostPart + ":" + port + path : base));
  }

  /** True when {@code value} is meant as a PostgreSQL URL (well-formed or not). */
  public static boolean isPostgres(String value) {
    String v = value.strip();
    return v.startsWith("postgresql:") || v.startsWith("postgres:") || v.startsWith("jdbc:postgresql:");
  }

  Properties properties() {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "vanishing-point");
    // A database that does not answer is an error within seconds, not a hang.
    p.setProperty("connectTimeout", "5");
    p.setProperty("tcpKeepAlive", "true");
    return p;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL without its password, for a message. */
  static String redact(String v) {
    return v.replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@");
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
