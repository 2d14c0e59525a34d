package org.incidex.cli;

import picocli.CommandLine.Option;

/** The shared {@code --port} and {@code --host} options of {@code serve} and {@code demo}. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;
}
