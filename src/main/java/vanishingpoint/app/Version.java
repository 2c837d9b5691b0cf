package vanishingpoint.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version, from the properties file Maven fills in at build time. */
final class Version implements CommandLine.IVersionProvider {

  static String current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/vanishingpoint/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unknown version is shown as such
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Vanishing Point " + current()};
  }
}
