/** Ranking quality: nDCG@10 over a judged query set (the bundled one is judged over the demo corpus). */
package org.incidex.search.eval;
