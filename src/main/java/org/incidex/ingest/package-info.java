/** Inputs to raw documents: files, directories (recursive), and the bundled demo corpus; typed rejections for empty, binary, non-HTML, oversized or unreadable inputs. */
package org.incidex.ingest;
