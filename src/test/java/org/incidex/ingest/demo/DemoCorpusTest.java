package org.incidex.ingest.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.incidex.model.RawDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCorpusTest {

    private static final List<Fact> FACTS = SampleFacts.load();

    @Test
    void onePagePerFactThenTheLiveBlog() {
        DemoCorpus corpus = DemoCorpus.fromFacts(FACTS);
        List<RawDocument> docs = corpus.documents();
        assertThat(corpus.facts()).isEqualTo(FACTS);
        assertThat(docs).hasSize(FACTS.size() + 1);
        for (int i = 0; i < FACTS.size(); i++) {
            Fact f = FACTS.get(i);
            assertThat(docs.get(i).source()).isEqualTo("demo:" + Site.of(f).slug() + "/" + f.id() + ".html");
            assertThat(new String(docs.get(i).bytes(), StandardCharsets.UTF_8))
                    .isEqualTo(new PageRenderer(FACTS).render(f, DemoCorpus.seed(f)));
            assertThat(docs.get(i).contentType()).isEqualTo("text/html; charset=utf-8");
        }
        assertThat(docs.get(FACTS.size()).source()).isEqualTo("demo:live/bamako-radisson-live-blog.html");
    }

    @Test
    void documentsAreFreshCopies() {
        DemoCorpus corpus = DemoCorpus.fromFacts(FACTS);
        byte[] first = corpus.documents().get(0).bytes();
        byte[] original = first.clone();
        first[0] = 'X';
        assertThat(corpus.documents().get(0).bytes()).isEqualTo(original);
    }

    @Test
    void loadReadsATableFromTheClasspath() {
        DemoCorpus corpus = DemoCorpus.load(SampleFacts.RESOURCE);
        assertThat(corpus.facts()).isEqualTo(FACTS);
        assertThat(corpus.fingerprint()).isEqualTo(DemoCorpus.fromFacts(FACTS).fingerprint());
    }

    @Test
    void fromFactsRejectsRepeatedIds() {
        assertThatThrownBy(() -> DemoCorpus.fromFacts(List.of(FACTS.get(0), FACTS.get(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(FACTS.get(0).id());
    }

    @Test
    void writeToWritesEveryDocument(@TempDir Path dir) throws Exception {
        DemoCorpus corpus = DemoCorpus.fromFacts(FACTS);
        corpus.writeTo(dir);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(corpus.documents().size());
        for (RawDocument d : corpus.documents()) {
            Path file = dir.resolve(d.source().substring("demo:".length()));
            assertThat(Files.readAllBytes(file)).isEqualTo(d.bytes());
        }
        corpus.writeTo(dir); // again, over existing files
        assertThat(Files.readAllBytes(dir.resolve("live/bamako-radisson-live-blog.html")))
                .isEqualTo(corpus.documents().get(FACTS.size()).bytes());
    }

    @Test
    void fingerprintFollowsTheFacts() {
        String fp = DemoCorpus.fromFacts(FACTS).fingerprint();
        assertThat(fp).matches("[0-9a-f]{64}").isEqualTo(DemoCorpus.fromFacts(List.copyOf(FACTS)).fingerprint());
        List<Fact> changed = new java.util.ArrayList<>(FACTS);
        changed.set(3, SampleFacts.withKilled(FACTS.get(3), FACTS.get(3).killed() + 1));
        assertThat(DemoCorpus.fromFacts(changed).fingerprint()).isNotEqualTo(fp);
        assertThat(DemoCorpus.fromFacts(FACTS.subList(0, 11)).fingerprint()).isNotEqualTo(fp);
        assertThat(DemoCorpus.fromFacts(FACTS.reversed()).fingerprint()).isNotEqualTo(fp);
    }

    @Test
    void liveBlogIsTheMorningOfTheBamakoSiege() {
        RawDocument blog = DemoCorpus.fromFacts(List.of()).documents().get(0);
        Document doc = PageText.parse(new String(blog.bytes(), StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("Live: Gunmen storm Radisson Blu hotel in Bamako | Sahel Wire");
        String ld = doc.select("script[type=application/ld+json]").html();
        assertThat(ld).contains("\"LiveBlogPosting\"", "\"datePublished\":\"2015-11-20");
        List<Element> posts = doc.select("article.post");
        assertThat(posts).hasSizeGreaterThanOrEqualTo(12);
        for (Element post : posts) {
            assertThat(post.selectFirst("time").attr("datetime")).startsWith("2015-11-20T");
            assertThat(post.select("p")).isNotEmpty();
        }
        String text = doc.select("article.post").text();
        assertThat(text).contains("Radisson Blu", "Bamako", "GIGN", "50 officers", "Chinese", "138", "Paris",
                "State Department", "shelter in place", "Sevare", "Byblos", "at least 13", "five UN workers",
                "Mokhtar Belmokhtar", "Al-Murabitoun", "AQIM");
        // It is the morning: the only toll in the blog is Sevare's, in the post that recalls it.
        for (Element post : posts) {
            String words = post.select("p").text(); // the post, without its time stamp
            if (words.contains("Sevare")) continue;
            assertThat(words).doesNotContainPattern("\\d+ (people )?(were )?(killed|dead|died)");
            assertThat(PageText.numbers(words)).doesNotContain(13, 20, 22);
        }
    }

    @Test
    void rendersThreeHundredThirtyPagesWellUnderTwoSeconds() {
        List<Fact> many = SampleFacts.synthetic(330);
        DemoCorpus.fromFacts(SampleFacts.synthetic(40)).documents(); // warm up the JIT a little
        // CPU time of this thread, not wall time: the build machine is shared and its load varies.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        List<RawDocument> docs = DemoCorpus.fromFacts(many).documents();
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        long wallMillis = (System.nanoTime() - wall) / 1_000_000;
        assertThat(docs).hasSize(331);
        long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
        System.out.printf("demo corpus: %d pages, %d KB, rendered in %d ms CPU (%d ms wall)%n", docs.size(),
                bytes / 1024, cpuMillis, wallMillis);
        assertThat(cpuMillis).isLessThan(2_000);
    }
}
