package dev.herrera.cli;

import dev.herrera.data.UpdatedDate;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the jar, and the date the bundled dataset was last updated. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/herrera/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "herrera " + p.getProperty("version", "unknown"),
            "bundled dataset updated " + UpdatedDate.ofBundled()
        };
    }
}
