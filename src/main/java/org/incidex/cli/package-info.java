/** The command-line tool: picocli commands; Main only wraps run(args, out, err). */
package org.incidex.cli;
