package org.incidex.model;

/**
 * The span of one figure (killed, injured, hostages) over what an incident's sources said.
 *
 * @param min the lowest figure a source gave
 * @param max the highest figure a source gave
 */
public record FigureRange(int min, int max) {
    public FigureRange {
        if (min < 0 || max < min) throw new IllegalArgumentException("bad figure range " + min + ".." + max);
    }

    /** The range of {@code values} (nulls skipped), or null when there is none. */
    public static FigureRange of(Iterable<Integer> values) {
        Integer lo = null;
        Integer hi = null;
        for (Integer v : values) {
            if (v == null) continue;
            lo = lo == null ? v : Math.min(lo, v);
            hi = hi == null ? v : Math.max(hi, v);
        }
        return lo == null ? null : new FigureRange(lo, hi);
    }
}
