package org.incidex.extract.event;

import org.incidex.extract.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one sentence for a violent act by people ({@link EventSignal}): the strongest trigger that is not part of a
 * phrase with another sense ("heart attack", "bomb threat", "shot on goal"), the cues beside it and the non-attack
 * frames the sentence's words belong to. Thread-safe: holds only the immutable lexicon.
 */
public final class EventReader {
    private final EventLexicon lexicon;

    public EventReader(EventLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** Over the bundled tables. */
    public static EventReader shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final EventReader SHARED = new EventReader(EventLexicon.shared());
    }

    /** Reads {@code text}; {@code low} is {@code text} lower-cased with Locale.ROOT. */
    public EventSignal read(String text, String low) {
        int[] trigger = null;
        EventLexicon.Strength strength = null;
        List<int[]> senses = null;
        java.util.BitSet may = lexicon.candidates(low);
        EventLexicon.Strength[] order = EventLexicon.Strength.values();
        for (int i = order.length - 1; i >= 0 && trigger == null; i--) {
            EventLexicon.Words list = lexicon.triggers.get(order[i]);
            List<int[]> found = lexicon.matches(list, may, text);
            if (found.isEmpty()) continue;
            if (senses == null) senses = lexicon.matches(lexicon.senses, may, text);
            for (int[] m : found) {
                if (!inside(senses, m[0], m[1]) && !aName(text, m[0])) {
                    trigger = m;
                    strength = order[i];
                    break;
                }
            }
        }
        List<String> frames = new ArrayList<>(2);
        int near = 0;
        int cause = 0;
        for (Map.Entry<String, EventLexicon.Words> f : lexicon.frames.entrySet()) {
            if (lexicon.found(f.getValue(), may, text)) {
                frames.add(f.getKey());
                if (!lexicon.lowers(f.getKey(), strength)) continue;
                if (lexicon.liftedByAgent(f.getKey())) cause++;
                else near++;
            }
        }
        if (trigger == null) {
            return frames.isEmpty() ? EventSignal.NONE
                    : new EventSignal(null, -1, -1, false, false, false, false, false, false, frames, near, cause);
        }
        return new EventSignal(strength, trigger[0], trigger[1], cue(EventLexicon.Cue.AGENT, may, text),
                cue(EventLexicon.Cue.HARM, may, text), cue(EventLexicon.Cue.VICTIM, may, text),
                cue(EventLexicon.Cue.TARGET, may, text), cue(EventLexicon.Cue.DAMAGE, may, text),
                cue(EventLexicon.Cue.UNREAL, may, text), frames, near, cause);
    }

    /**
     * A trigger capitalised inside a sentence that is not written in title case names something ("the Ambush 2
     * shoe", "Operation Blast"), unless it opens the sentence or follows a colon or a quotation mark.
     */
    private static boolean aName(String text, int start) {
        if (!Character.isUpperCase(text.charAt(start))) return false;
        if (start + 1 < text.length() && Character.isUpperCase(text.charAt(start + 1))) return false;   // "IED"
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
        if (k < 0 || ".:!?\"“‘'—-–(".indexOf(text.charAt(k)) >= 0) return false;
        return !Tokens.titleCase(Tokens.of(text));   // a headline in title case capitalises its triggers too
    }

    private boolean cue(EventLexicon.Cue c, java.util.BitSet may, String text) {
        return lexicon.found(lexicon.cues.get(c), may, text);
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (start < s[1] && end > s[0]) return true;
        return false;
    }
}
