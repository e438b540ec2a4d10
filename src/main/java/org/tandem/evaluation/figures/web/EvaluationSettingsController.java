package org.tandem.evaluation.figures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.account.Accounts;
import org.tandem.evaluation.chart.ChartText;
import org.tandem.evaluation.chart.GroupedBars;
import org.tandem.evaluation.chart.Row;
import org.tandem.evaluation.chart.Value;
import org.tandem.evaluation.figures.Disclosure;
import org.tandem.evaluation.figures.DisclosureSettings;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.Pdf;
import org.tandem.platform.TandemPrincipal;

/**
 * Administrators' page of disclosure control (under /admin, which the account module keeps to them): the minimum
 * group size k with what it means, a worked example drawn with the current k, and the latest changes of k.
 */
@Controller
class EvaluationSettingsController {

	/** The example's counts: four answers to one question, as counted before disclosure control. */
	static final List<Long> EXAMPLE = List.of(12L, 7L, 3L, 0L);

	private final DisclosureSettings settings;

	private final Accounts accounts;

	private final MessageSource messages;

	EvaluationSettingsController(DisclosureSettings settings, Accounts accounts, MessageSource messages) {
		this.settings = settings;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/evaluation")
	String page(Model model, Locale locale) {
		DisclosureSettings.Setting setting = settings.setting();
		return render(model, new MinimumForm(Integer.toString(setting.minimum()), Long.toString(setting.version())),
				setting, locale);
	}

	@PostMapping("/admin/evaluation")
	String save(TandemPrincipal principal, @ModelAttribute("minimumForm") MinimumForm form, BindingResult binding,
			Model model, Locale locale) {
		Integer minimum = form.minimum(binding);
		if (minimum == null) {
			return render(model, form, settings.setting(), locale);
		}
		try {
			settings.change(minimum, form.versionRead(), principal.accountId());
		}
		catch (InvalidInput refused) {
			binding.rejectValue(refused.field(), refused.messageKey());
			return render(model, form, settings.setting(), locale);
		}
		return "redirect:/admin/evaluation?saved";
	}

	private String render(Model model, MinimumForm form, DisclosureSettings.Setting setting, Locale locale) {
		model.addAttribute("minimumForm", form);
		model.addAttribute("setting", setting);
		model.addAttribute("example", example(Disclosure.withMinimum(setting.minimum()), locale));
		List<DisclosureSettings.Change> changes = settings.recentChanges();
		Map<UUID, Accounts.Person> people = accounts.byIds(changes.stream().map(DisclosureSettings.Change::by).toList());
		model.addAttribute("changes", changes.stream()
			.map(change -> new ChangeView(change, people.containsKey(change.by())
					? people.get(change.by()).displayName() : ""))
			.toList());
		return "evaluation/settings";
	}

	/** The worked example: the same four counts as counted and as published with the current k. */
	private GroupedBars example(Disclosure disclosure, Locale locale) {
		Disclosure.Group group = disclosure.group(EXAMPLE);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < EXAMPLE.size(); i++) {
			long counted = EXAMPLE.get(i);
			Disclosure.Cell cell = group.cells().get(i);
			rows.add(new Row(message("evaluation.disclosure.example.answer", locale, String.valueOf((char) ('A' + i))),
					List.of(Value.of(counted, message("evaluation.disclosure.shown", locale, counted)),
							published(cell, locale))));
		}
		rows.add(new Row(message("evaluation.disclosure.example.total", locale),
				List.of(Value.of(EXAMPLE.stream().mapToLong(Long::longValue).sum(), message(
						"evaluation.disclosure.shown", locale, EXAMPLE.stream().mapToLong(Long::longValue).sum())),
						published(group.total(), locale))));
		ChartText text = new ChartText("disclosure-example", message("evaluation.disclosure.example.title", locale),
				message("evaluation.disclosure.example.description", locale, disclosure.minimum()),
				message("evaluation.disclosure.example.answers", locale));
		return GroupedBars.of(text, List.of(message("evaluation.disclosure.example.counted", locale),
				message("evaluation.disclosure.example.published", locale)), rows, null, Pdf.rightToLeft(locale));
	}

	private Value published(Disclosure.Cell cell, Locale locale) {
		String text = message(cell.messageKey(), locale, cell.messageArgument());
		return cell.isShown() ? Value.of(cell.value(), text) : Value.none(text);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** A change of k and who made it (their display name; empty once the account is gone). */
	record ChangeView(DisclosureSettings.Change change, String by) {
	}

}
