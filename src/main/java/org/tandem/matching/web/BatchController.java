package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.intake.Approach;
import org.tandem.matching.domain.Batch;
import org.tandem.matching.domain.Batches;
import org.tandem.matching.engine.BatchAssignment;
import org.tandem.matching.engine.ProviderFacts;
import org.tandem.platform.InvalidInput;
import org.tandem.platform.TandemPrincipal;

/**
 * Batch proposals for hub staff: propose an assignment of the queue, review its total and each provider's load,
 * change rows within the constraints (the changes show against the proposal), apply it.
 */
@Controller
class BatchController {

	/** Rows per page of a batch, and providers offered per row. */
	static final int PAGE_SIZE = 100;

	static final int OPTIONS = 8;

	private final Batches batches;

	BatchController(Batches batches) {
		this.batches = batches;
	}

	@GetMapping("/staff/matching/batches")
	String list(Model model) {
		return list(model, null, null, true, "");
	}

	@PostMapping("/staff/matching/batches")
	String propose(TandemPrincipal principal, @RequestParam(defaultValue = "") String approach,
			@RequestParam(defaultValue = "false") boolean placeAsMany, @RequestParam(defaultValue = "") String share,
			Model model) {
		String trimmed = share.strip();
		if (!trimmed.isEmpty() && (!trimmed.matches("[0-9]{1,3}") || Integer.parseInt(trimmed) < 1
				|| Integer.parseInt(trimmed) > 100)) {
			return list(model, "matching.batch.share.range", approach, placeAsMany, share);
		}
		if (!approach.isEmpty() && Approach.named(approach).isEmpty()) {
			return list(model, "matching.batch.approach.invalid", null, placeAsMany, share);
		}
		try {
			Batch batch = batches.propose(Approach.named(approach).orElse(null),
					new BatchAssignment.Options(placeAsMany, trimmed.isEmpty() ? null : Integer.parseInt(trimmed)),
					principal.accountId());
			return "redirect:/staff/matching/batches/" + batch.id();
		}
		catch (InvalidInput invalid) {
			return list(model, invalid.messageKey(), approach, placeAsMany, share);
		}
	}

	private String list(Model model, @Nullable String error, @Nullable String approach, boolean placeAsMany,
			String share) {
		model.addAttribute("batches", batches.recent());
		model.addAttribute("error", error);
		model.addAttribute("approach", approach == null ? "" : approach);
		model.addAttribute("placeAsMany", placeAsMany);
		model.addAttribute("share", share);
		return "matching/batches";
	}

	@GetMapping("/staff/matching/batches/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		return detail(model, batches.load(id), page, null, -1);
	}

	@PostMapping("/staff/matching/batches/{id}/rows/{position}")
	String edit(TandemPrincipal principal, @PathVariable UUID id, @PathVariable int position,
			@RequestParam(defaultValue = "") String provider, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		UUID chosen;
		try {
			chosen = provider.isEmpty() ? null : UUID.fromString(provider);
		}
		catch (IllegalArgumentException e) {
			return detail(model, batches.load(id), position / PAGE_SIZE, "matching.batch.excluded", position);
		}
		try {
			batches.edit(id, position, chosen, version, principal.accountId());
			return "redirect:/staff/matching/batches/" + id + "?page=" + position / PAGE_SIZE + "&edited#row-" + position;
		}
		catch (InvalidInput invalid) {
			return detail(model, batches.load(id), position / PAGE_SIZE, invalid.messageKey(), position);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			return detail(model, batches.load(id), position / PAGE_SIZE, "matching.batch.stale", position);
		}
	}

	@PostMapping("/staff/matching/batches/{id}/apply")
	String apply(TandemPrincipal principal, @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		try {
			int applied = batches.apply(id, version, principal.accountId());
			return "redirect:/staff/matching/batches/" + id + "?applied=" + applied;
		}
		catch (InvalidInput invalid) {
			return detail(model, batches.load(id), 0, invalid.messageKey(), -1);
		}
		catch (OptimisticLockingFailureException meanwhile) {
			return detail(model, batches.load(id), 0, "matching.batch.stale", -1);
		}
	}

	private String detail(Model model, Batches.Loaded loaded, int page, @Nullable String error, int errorRow) {
		Batch batch = loaded.batch();
		BatchAssignment.Problem problem = loaded.problem();
		List<ProviderFacts> pool = problem.pool().providers();
		int pages = Math.max(1, (batch.rows().size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<RowView> rows = new ArrayList<>();
		for (int i = current * PAGE_SIZE; i < Math.min(batch.rows().size(), (current + 1) * PAGE_SIZE); i++) {
			Batch.Row row = batch.rows().get(i);
			int[] feasible = problem.feasible(i);
			List<Option> options = new ArrayList<>();
			int r = i;
			java.util.Arrays.stream(feasible)
				.boxed()
				.sorted((a, b) -> Integer.compare(problem.score(r, b), problem.score(r, a)))
				.limit(OPTIONS)
				.forEach(j -> options.add(new Option(pool.get(j).id(), pool.get(j).name(), problem.score(r, j))));
			if (row.providerId() != null && options.stream().noneMatch(o -> o.id().equals(row.providerId()))) {
				int j = problem.pool().indexOf(row.providerId());
				if (j >= 0) {
					options.add(new Option(row.providerId(), pool.get(j).name(), Math.max(0, problem.score(i, j))));
				}
			}
			rows.add(new RowView(i, loaded.requests().get(i), row, options, loaded.awaiting(i), feasible.length == 0));
		}
		Map<UUID, String> names = new HashMap<>();
		pool.forEach(p -> names.put(p.id(), p.name()));
		List<LoadView> load = new ArrayList<>();
		Map<UUID, Integer> loads = loaded.load();
		for (int j = 0; j < pool.size(); j++) {
			Integer n = loads.get(pool.get(j).id());
			if (n != null) {
				load.add(new LoadView(pool.get(j), n, problem.capacity(j, loaded.options())));
			}
		}
		model.addAttribute("batch", batch);
		model.addAttribute("loaded", loaded);
		model.addAttribute("rows", rows);
		model.addAttribute("names", names);
		model.addAttribute("load", load);
		model.addAttribute("pageIndex", current);
		model.addAttribute("pages", pages);
		model.addAttribute("error", error);
		model.addAttribute("errorRow", errorRow);
		model.addAttribute("changed", batch.edits());
		model.addAttribute("unplaced", loaded.unplaced());
		model.addAttribute("applicable", loaded.applicable());
		return "matching/batch";
	}

	/**
	 * A row of the page: the request, the row, the providers it may go to (best first), if it still waits and if no
	 * provider meets every constraint for it.
	 */
	record RowView(int position, org.tandem.intake.Requests.RequestSummary request, Batch.Row row,
			List<Option> options, boolean awaiting, boolean noneFits) {
	}

	record Option(UUID id, String name, int score) {
	}

	record LoadView(ProviderFacts provider, int assigned, int capacity) {
	}

}
