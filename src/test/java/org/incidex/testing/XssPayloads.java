package org.incidex.testing;

import org.incidex.model.GroupRef;
import org.incidex.model.GroupRole;
import org.incidex.model.Incident;
import org.incidex.model.IncidentRecord;
import org.incidex.model.Place;
import org.incidex.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Fifty script-injection payloads in the usual families (script tags, event handlers, javascript: and data: URLs,
 * SVG/MathML, attribute and tag breakouts, entity and case tricks, CSS, template and JSON breakouts), written for
 * this project. Each one would set {@code window.__pwned} (or open an alert) if it ever ran in the UI, and
 * {@link #incidents()} puts them into incident titles, summaries, source text, source URLs and group names.
 */
public final class XssPayloads {
    private XssPayloads() {}

    public static final List<String> ALL = List.of(
            "<script>window.__pwned=1</script>",
            "<SCRIPT SRC=//127.0.0.1/x.js></SCRIPT>",
            "<img src=x onerror=window.__pwned=3>",
            "<img src=\"x\" onerror=\"window.__pwned=4\">",
            "<IMG SRC=x oNeRrOr=window.__pwned=5>",
            "<svg onload=window.__pwned=6>",
            "<svg><script>window.__pwned=7</script></svg>",
            "<body onload=window.__pwned=8>",
            "<iframe src=\"javascript:window.__pwned=9\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__pwned=10</script>\"></iframe>",
            "javascript:window.__pwned=11",
            "JaVaScRiPt:window.__pwned=12",
            " javascript:window.__pwned=13",
            "java\tscript:window.__pwned=14",
            "&#106;avascript:window.__pwned=15",
            "data:text/html,<script>window.__pwned=16</script>",
            "<a href=\"javascript:window.__pwned=17\">click</a>",
            "<a href=x onmouseover=window.__pwned=18>hover</a>",
            "\"><script>window.__pwned=19</script>",
            "'><img src=x onerror=window.__pwned=20>",
            "\" onfocus=\"window.__pwned=21\" autofocus=\"",
            "' onfocus='window.__pwned=22' autofocus='",
            "</title><script>window.__pwned=23</script>",
            "</textarea><script>window.__pwned=24</script>",
            "</script><script>window.__pwned=25</script>",
            "<!--<script>window.__pwned=26</script>-->",
            "<math><mtext><img src=x onerror=window.__pwned=27></mtext></math>",
            "<details open ontoggle=window.__pwned=28>",
            "<input autofocus onfocus=window.__pwned=29>",
            "<select autofocus onfocus=window.__pwned=30>",
            "<video><source onerror=window.__pwned=31></video>",
            "<audio src=x onerror=window.__pwned=32>",
            "<object data=\"javascript:window.__pwned=33\"></object>",
            "<embed src=\"javascript:window.__pwned=34\">",
            "<form action=\"javascript:window.__pwned=35\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=36\">",
            "<link rel=import href=\"data:text/html,<script>window.__pwned=37</script>\">",
            "<style>@import 'javascript:window.__pwned=38';</style>",
            "<div style=\"background:url(javascript:window.__pwned=39)\">x</div>",
            "<base href=\"javascript:window.__pwned=40//\">",
            "{{constructor.constructor('window.__pwned=41')()}}",
            "${window.__pwned=42}",
            "\\u003cscript\\u003ewindow.__pwned=43\\u003c/script\\u003e",
            "&lt;script&gt;window.__pwned=44&lt;/script&gt;",
            "<scr<script>ipt>window.__pwned=45</scr</script>ipt>",
            "<img src=`x` onerror=window.__pwned=46>",
            "<svg><animate onbegin=window.__pwned=47 attributeName=x dur=1s>",
            "<marquee onstart=window.__pwned=48>",
            "<x contenteditable onblur=window.__pwned=49>x</x>",
            "\u2028<script>window.__pwned=50</script>\u2029");

    /** One incident per payload, the payload in its title, summary, text, source URL, site and group. */
    public static List<IncidentRecord> incidents() {
        List<IncidentRecord> out = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            String p = ALL.get(i);
            Incident f = new Incident(String.format("2016-03-%02d", 1 + i % 28), new Place("Bamako", "Bamako", "Mali", "ML", 12.6, -8.0),
                    List.of(new GroupRef("Group " + i + " " + p, GroupRole.CLAIMED, false)), i, null, null, null,
                    List.of("Armed Assault"), List.of("Business"), List.of());
            String text = "Gunmen attacked a hotel in Bamako. " + p + " Witnesses said " + p + " twice.";
            out.add(new IncidentRecord(String.format("inc-xss-%02d", i), "Hotel attack " + i + " " + p, "Summary " + p, f,
                    List.of(), List.of(new SourceRef("src-" + i, "Hotel attack " + p, "Site " + p, "2016-03-01", null,
                            i % 2 == 0 ? p : "https://x.example/" + i + "?" + p, text))));
        }
        return out;
    }
}
