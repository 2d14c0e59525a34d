package org.incidex.cli;

import org.incidex.index.GenerationWriter;
import org.incidex.kb.Pipeline;
import picocli.CommandLine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Version text, and an identity of the running build for deciding whether an index is stale. */
final class BuildInfo implements CommandLine.IVersionProvider {
    static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"incidex " + VERSION + " (pipeline " + Pipeline.VERSION + ", index schema "
                + GenerationWriter.SCHEMA_VERSION + ", Java " + Runtime.version() + ")"};
    }

    /** Changes whenever the code or bundled resources could change what an index holds. */
    static String buildIdentity() {
        String id = VERSION + "/" + Pipeline.VERSION + "/" + GenerationWriter.SCHEMA_VERSION;
        try {
            Path code = Path.of(BuildInfo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) id += "/" + Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
        } catch (URISyntaxException | java.io.IOException | SecurityException | NullPointerException e) {
            // running from classes (tests, IDE): the version numbers alone identify the build
        }
        return id;
    }
}
