/** Implementation details of the clean stage (boilerplate patterns, text helpers); not a public API, may change without notice. */
package org.incidex.clean.internal;
