package org.tandem.engagement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.engagement.GuideKind;
import org.tandem.engagement.domain.ChecklistItem;
import org.tandem.engagement.domain.Guide;
import org.tandem.engagement.domain.Guides;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A guide or checklist as typed: the kind, the title, the text in Markdown, a checklist's items one per line, and the
 * version the page showed.
 */
public class GuideForm {

	/** The longest items text: every item at its longest, one per line. */
	static final int ITEMS_TEXT_LIMIT = Guide.ITEMS_LIMIT * (Guide.ITEM_LIMIT + 1);

	@NotNull(message = "{validation.required}")
	private @Nullable GuideKind kind = GuideKind.GUIDE;

	@NotBlank(message = "{engagement.guide.titleMissing}")
	@Size(max = Guide.TITLE_LIMIT, message = "{engagement.guide.titleTooLong}")
	private String guideTitle = "";

	@Size(max = Guide.BODY_LIMIT, message = "{engagement.notes.tooLong}")
	private String guideBody = "";

	@Size(max = ITEMS_TEXT_LIMIT, message = "{engagement.guide.itemsTooMany}")
	private String items = "";

	private long version;

	static GuideForm of(Guides.Left left) {
		GuideForm form = new GuideForm();
		form.kind = left.guide().kind();
		form.guideTitle = left.guide().title();
		form.guideBody = Objects.requireNonNullElse(left.guide().body(), "");
		form.items = left.items().stream().map(ChecklistItem::text).collect(Collectors.joining("\n"));
		form.version = left.guide().version();
		return form;
	}

	/** Only once the form is valid. */
	Guide.Entry entry() {
		List<String> lines = Arrays.asList(items.split("\\R"));
		return new Guide.Entry(Objects.requireNonNull(kind), guideTitle, guideBody, lines);
	}

	public @Nullable GuideKind getKind() {
		return kind;
	}

	public void setKind(@Nullable GuideKind kind) {
		this.kind = kind;
	}

	public String getGuideTitle() {
		return guideTitle;
	}

	public void setGuideTitle(String guideTitle) {
		this.guideTitle = guideTitle;
	}

	public String getGuideBody() {
		return guideBody;
	}

	public void setGuideBody(String guideBody) {
		this.guideBody = guideBody;
	}

	public String getItems() {
		return items;
	}

	public void setItems(String items) {
		this.items = items;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
