package org.incidex.search;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the matching incidents per year, month or day, from the epoch days of the documents the search
 * collected ({@link Aggregations}). The bucket width follows the range ({@link DateInterval#forRange}): the request's
 * {@code from}/{@code to} where given, else the first and last matching date; {@code interval=} overrides it. Buckets
 * cover the whole range, empty ones included, so a timeline has no gaps; a range too long for that many buckets is
 * cut to the dates that occur, and an explicit interval that still gives more than {@link #MAX_BUCKETS} is a 400.
 * Incidents known only to the month or year are dated to its first day (as the index stores them). Stateless.
 */
final class DateHistogram {
    static final int MAX_BUCKETS = 2_000;

    private DateHistogram() {}

    /** The histogram of {@code perDay} (sealed) and {@code undated} matches for {@code req}. */
    static SearchResult.Histogram compute(DayCounts perDay, long undated, SearchRequest req) {
        LocalDate first = req.from() != null ? req.from() : perDay.isEmpty() ? null : LocalDate.ofEpochDay(perDay.firstKey());
        LocalDate last = req.to() != null ? req.to() : perDay.isEmpty() ? null : LocalDate.ofEpochDay(perDay.lastKey());
        if (first == null || last == null || first.isAfter(last)) {
            // nothing dated and at most one end given: no range to draw
            DateInterval i = req.interval() != null ? req.interval() : DateInterval.YEAR;
            return new SearchResult.Histogram(i.wire(), null, null, List.of(), undated);
        }
        DateInterval interval = req.interval() != null ? req.interval() : DateInterval.forRange(first, last);
        if (buckets(interval, first, last) > MAX_BUCKETS && !perDay.isEmpty()) {
            // e.g. from=0001-01-01: draw the part that has incidents rather than two thousand empty years
            first = max(first, LocalDate.ofEpochDay(perDay.firstKey()));
            last = min(last, LocalDate.ofEpochDay(perDay.lastKey()));
            if (req.interval() == null) interval = DateInterval.forRange(first, last);
        }
        long n = buckets(interval, first, last);
        if (n > MAX_BUCKETS && perDay.isEmpty() && req.interval() == null) {
            // a vast range with nothing dated in it: nothing to draw, and nothing wrong with the request
            return new SearchResult.Histogram(interval.wire(), first, last, List.of(), undated);
        }
        if (n > MAX_BUCKETS) {
            throw new InvalidRequestException("interval=" + interval.wire() + " gives " + n + " buckets from " + first
                    + " to " + last + "; the limit is " + MAX_BUCKETS + ": narrow from/to or use a wider interval");
        }
        List<SearchResult.HistogramBucket> out = new ArrayList<>((int) n);
        for (LocalDate start = interval.start(first); !start.isAfter(last); start = interval.next(start)) {
            LocalDate end = interval.next(start).minusDays(1);
            long count = perDay.count(start.toEpochDay(), end.toEpochDay());
            out.add(new SearchResult.HistogramBucket(interval.key(start), start, end, count));
        }
        return new SearchResult.Histogram(interval.wire(), first, last, List.copyOf(out), undated);
    }

    /**
     * The matching documents' days, counted without boxing: collected into an array, then (once sealed) either
     * prefix sums over the days from the first to the last (when that span is at most {@value #DENSE_DAYS} days, as
     * for any real collection of incidents) or the sorted days themselves, so a bucket's count is two look-ups.
     */
    static final class DayCounts {
        static final int DENSE_DAYS = 200_000;
        private long[] days = new long[256];
        private int size;
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;
        private int[] prefix; // prefix[i] = documents dated before first + i
        private final long lowest; // with perDay: every day added lies in [lowest, lowest + perDay.length)
        private final int[] perDay;

        /** Counts of days of any range: kept, then sorted or summed when sealed. */
        DayCounts() {
            this.lowest = 0;
            this.perDay = null;
        }

        /**
         * Counts of days known to lie from {@code lowest} to {@code highest} (a generation's first and last date):
         * when that span is at most {@value #DENSE_DAYS} days, each day is counted in place as it is added.
         */
        DayCounts(long lowest, long highest) {
            boolean dense = highest >= lowest && highest - lowest < DENSE_DAYS;
            this.lowest = lowest;
            this.perDay = dense ? new int[(int) (highest - lowest) + 1] : null;
        }

        void add(long day) {
            if (perDay != null && day >= lowest && day - lowest < perDay.length) {
                perDay[(int) (day - lowest)]++;
            } else {
                addListed(day);
            }
            if (day < first) first = day;
            if (day > last) last = day;
        }

        void seal() {
            if (perDay != null && size == 0) { // every day counted in place
                if (first > last) return;
                prefix = new int[(int) (last - first) + 2];
                for (int i = 1; i < prefix.length; i++) prefix[i] = prefix[i - 1] + perDay[(int) (first - lowest) + i - 1];
                return;
            }
            if (perDay != null) { // a day outside the stated span: count the in-place ones the general way too
                for (int i = 0; i < perDay.length; i++) for (int k = 0; k < perDay[i]; k++) addListed(lowest + i);
            }
            if (size == 0 || last - first >= DENSE_DAYS) {
                Arrays.sort(days, 0, size);
                return;
            }
            prefix = new int[(int) (last - first) + 2];
            for (int i = 0; i < size; i++) prefix[(int) (days[i] - first) + 1]++;
            for (int i = 1; i < prefix.length; i++) prefix[i] += prefix[i - 1];
        }

        /** Adds the days of {@code other} (made for the same span; neither sealed) to these. */
        void merge(DayCounts other) {
            if ((perDay == null) != (other.perDay == null) || perDay != null
                    && (other.lowest != lowest || other.perDay.length != perDay.length)) {
                throw new IllegalArgumentException("day counts of different spans cannot be merged");
            }
            if (perDay != null) for (int i = 0; i < perDay.length; i++) perDay[i] += other.perDay[i];
            for (int i = 0; i < other.size; i++) addListed(other.days[i]);
            first = Math.min(first, other.first);
            last = Math.max(last, other.last);
        }

        /** A copy (not sealed), leaving these as they are. */
        DayCounts copy() {
            DayCounts c = perDay == null ? new DayCounts() : new DayCounts(lowest, perDay.clone());
            c.days = Arrays.copyOf(days, Math.max(1, size));
            c.size = size;
            c.first = first;
            c.last = last;
            return c;
        }

        private DayCounts(long lowest, int[] perDay) {
            this.lowest = lowest;
            this.perDay = perDay;
        }

        /**
         * Whether {@link #subtract} can take {@code other} from these: both counted in place over the same span
         * (days listed apart would have to be searched for one by one), neither sealed.
         */
        boolean canSubtract(DayCounts other) {
            return perDay != null && other.perDay != null && size == 0 && other.size == 0 && prefix == null
                    && other.prefix == null && other.lowest == lowest && other.perDay.length == perDay.length;
        }

        /** Takes the days of {@code other}, all of them counted in these too, from these. */
        void subtract(DayCounts other) {
            if (!canSubtract(other)) throw new IllegalArgumentException("these day counts cannot be subtracted");
            first = Long.MAX_VALUE;
            last = Long.MIN_VALUE;
            for (int i = 0; i < perDay.length; i++) {
                perDay[i] -= other.perDay[i];
                if (perDay[i] == 0) continue;
                if (first == Long.MAX_VALUE) first = lowest + i;
                last = lowest + i;
            }
        }

        private void addListed(long day) {
            if (size == days.length) days = Arrays.copyOf(days, size * 2);
            days[size++] = day;
        }

        boolean isEmpty() {
            return first > last;
        }

        long firstKey() {
            return first;
        }

        long lastKey() {
            return last;
        }

        /** Documents dated from {@code from} to {@code to}, both included. */
        long count(long from, long to) {
            if (isEmpty() || to < first || from > last || from > to) return 0;
            long a = Math.max(from, first);
            long b = Math.min(to, last);
            if (prefix != null) return prefix[(int) (b - first) + 1] - prefix[(int) (a - first)];
            return upperBound(b) - upperBound(a - 1);
        }

        /** How many sorted days are ≤ day. */
        private int upperBound(long day) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    private static long buckets(DateInterval interval, LocalDate first, LocalDate last) {
        return switch (interval) {
            case YEAR -> last.getYear() - first.getYear() + 1L;
            case MONTH -> (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue() + 1;
            case DAY -> last.toEpochDay() - first.toEpochDay() + 1;
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
