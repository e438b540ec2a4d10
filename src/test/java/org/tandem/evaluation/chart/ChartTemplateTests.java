package org.tandem.evaluation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The fragments of {@code templates/evaluation/chart.html} drawn by Thymeleaf itself (no server): each chart a figure
 * whose picture is named by its title and description, with the same figures as a table, no script and nothing
 * fetched from elsewhere. The browser check of a chart in a page is {@code DisclosureBrowserTests}.
 */
class ChartTemplateTests {

	@Test
	void everyChartHasItsAccessibleTextAndItsTable() {
		Document html = render(false);
		for (String id : List.of("bars", "grouped", "line", "lights")) {
			Element figure = html.getElementById(id);
			assertThat(figure).as(id).isNotNull();
			Element svg = figure.selectFirst("svg[role=img]");
			assertThat(svg).as(id).isNotNull();
			String[] labels = svg.attr("aria-labelledby").split(" ");
			assertThat(svg.selectFirst("title#" + labels[0]).text()).as(id).isEqualTo("Title of " + id);
			assertThat(svg.selectFirst("desc#" + labels[1]).text()).as(id).isEqualTo("What " + id + " shows");
			assertThat(figure.selectFirst("table caption").text()).as(id).isEqualTo("Title of " + id);
			assertThat(figure.select("script, image, foreignObject, use[href], a")).as(id).isEmpty();
			assertThat(figure.select("[href], [src], [xlink:href]")).as(id).isEmpty();
			assertThat(svg.attr("width")).isEqualTo("100%");
			assertThat(svg.attr("viewBox")).startsWith("0 0 480 ");
		}
		assertThat(html.select("#bars tbody tr").eachText()).containsExactly("Jan 10", "Feb fewer than 5", "Mar 20");
		assertThat(html.select("#bars svg rect[stroke-dasharray]")).hasSize(1);
		assertThat(html.select("#grouped tbody tr").eachText()).containsExactly("1.1 2 not scored 4");
		assertThat(html.select("#grouped ul.chart-legend li").eachText()).containsExactly("Baseline", "Mid-term", "Final");
		assertThat(html.select("#grouped > svg pattern")).hasSize(2);
		assertThat(html.select("#grouped ul.chart-legend svg pattern")).hasSize(2);
		assertThat(html.select("#line svg polyline")).hasSize(1);
		assertThat(html.select("#line tbody tr").eachText()).containsExactly("Jan 10", "Feb 20", "Mar fewer than 5");
		assertThat(html.select("#lights tbody tr").eachText())
			.containsExactly("Backups Red: not enough progress No light given");
		assertThat(html.select("#lights ul.chart-legend li").eachText()).containsExactly(
				"Red: not enough progress", "Yellow: some progress", "Green: excellent progress");
		assertThat(html.getElementById("empty").text()).isEqualTo("Nothing to show yet.");
		assertThat(html.select("#empty svg")).isEmpty();
	}

	@Test
	void onRightToLeftPagesTheValueAxisStandsOnTheRight() {
		Document html = render(true);
		Element axis = html.selectFirst("#bars svg g.chart-axis > line");
		assertThat(Double.parseDouble(axis.attr("x1"))).isEqualTo(436);
		assertThat(html.selectFirst("#bars svg g.chart-axis text").attr("text-anchor")).isEqualTo("start");
	}

	private static Document render(boolean rightToLeft) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/evaluation");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("bars", BarChart.of(text("bars"), "Requests", List.of(Row.of("Jan", Value.of(10, "10")),
				Row.of("Feb", Value.none("fewer than 5")), Row.of("Mar", Value.of(20, "20"))), rightToLeft));
		context.setVariable("grouped", GroupedBars.of(text("grouped"), List.of("Baseline", "Mid-term", "Final"),
				List.of(new Row("1.1", List.of(Value.of(2, "2"), Value.none("not scored"), Value.of(4, "4")))), 5.0,
				rightToLeft));
		context.setVariable("line", LineChart.of(text("line"), List.of("Requests"),
				List.of(Row.of("Jan", Value.of(10, "10")), Row.of("Feb", Value.of(20, "20")),
						Row.of("Mar", Value.none("fewer than 5"))),
				null, rightToLeft));
		context.setVariable("lights", LightsTimeline.of(text("lights"), List.of("March", "September"),
				List.of(new LightsTimeline.LightRow("Backups", Arrays.asList(Light.RED, null))), rightToLeft));
		context.setVariable("empty", BarChart.of(text("empty"), "Requests", List.of(), rightToLeft));
		return Jsoup.parse(engine.process("evaluation-test/charts", context));
	}

	private static ChartText text(String id) {
		return new ChartText(id, "Title of " + id, "What " + id + " shows", "Category");
	}

}
