//! `/transparency`: what the authority publishes about its work, for anyone, without signing in. The figures come
//! from the newest snapshot (already suppressed); two charts drawn as inline SVG on the server, each beside the
//! table that holds its figures; the routing rules in plain words; a CSV of exactly the tables shown.

use leptos::prelude::*;

use crate::components::error_view;
use crate::components::Layout;
use crate::i18n::{Arg, Direction, Locale};
use crate::transparency::{MonthFigures, PublishedCount, PublishedRouting, PublishedTable, TransparencyReport};
use crate::{services_or_error, t, use_locale};

/// Where the CSV of the page's tables is downloaded.
pub const TRANSPARENCY_CSV: &str = "/transparency.csv";

#[component]
pub fn TransparencyPage() -> impl IntoView {
    let services = services_or_error();
    let content = Suspend::new(async move {
        let loaded = async {
            let reports = services?.reports;
            Ok::<_, crate::errors::PortalError>((reports.transparency().await?, reports.routing().await?))
        }
        .await;
        match loaded {
            Ok((report, routing)) => view! { {figures(report)} {routing_section(routing)} }.into_any(),
            Err(error) => error_view(error),
        }
    });
    view! {
        <Layout title="transparency-title">
            <p>{t("transparency-intro")}</p>
            <Suspense fallback=|| ()>{content}</Suspense>
        </Layout>
    }
}

fn figures(report: Option<TransparencyReport>) -> AnyView {
    let Some(report) = report else { return view! { <p>{t("transparency-none-yet")}</p> }.into_any() };
    let locale = use_locale();
    let computed =
        locale.text_with("transparency-computed-at", &[("moment", Arg::Text(&locale.moment(report.computed_at)))]);
    let mut tables = locale.transparency_tables(&report).into_iter();
    let (months, quarters, reasons) = (tables.next(), tables.next(), tables.next());
    view! {
        <p class="small">{computed}</p>
        <h2>{t("transparency-rule-heading")}</h2>
        <ul>
            {["zero", "fewer", "rounded", "totals", "rates", "quarters"].into_iter()
                .map(|rule| view! { <li>{t(&format!("transparency-rule-{rule}"))}</li> })
                .collect_view()}
        </ul>
        <p><a href=TRANSPARENCY_CSV download="amana-transparency.csv">{t("transparency-download")}</a></p>
        <h2>{t("transparency-months-heading")}</h2>
        {volume_chart(locale, &report.months)}
        {timeliness_chart(locale, &report.months)}
        {months.map(table_view)}
        <h2>{t("transparency-quarters-heading")}</h2>
        {quarters.map(table_view)}
        <h2>{t("transparency-reasons-heading")}</h2>
        {reasons.map(table_view)}
    }
    .into_any()
}

/// A published table, in a region that scrolls sideways on a narrow screen (and can be scrolled by keyboard).
fn table_view(table: PublishedTable) -> impl IntoView {
    let caption = t(table.caption);
    let label = caption.clone();
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            <table class="figures">
                <caption>{caption}</caption>
                <thead><tr>{table.header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

const CHART_WIDTH: f64 = 600.0;
const CHART_HEIGHT: f64 = 220.0;
const PLOT_TOP: f64 = 10.0;
const PLOT_BOTTOM: f64 = 190.0;
/// Room for the axis labels, on the left (or on the right in a right-to-left language).
const AXIS_ROOM: f64 = 48.0;

/// Where a bar stands: slot `index` of `slots`, bar `bar` of `bars` in it, mirrored for right-to-left reading (the
/// drawing itself is laid out left to right, `direction="ltr"`, so each coordinate means the same in every language).
fn bar_x(locale: Locale, index: usize, slots: usize, bar: usize, bars: usize) -> (f64, f64) {
    let slot = (CHART_WIDTH - AXIS_ROOM) / slots.max(1) as f64;
    let width = slot * 0.8 / bars as f64;
    let x = AXIS_ROOM + index as f64 * slot + slot * 0.1 + bar as f64 * width;
    match locale.direction() {
        Direction::Rtl => (CHART_WIDTH - x - width, width),
        Direction::Ltr => (x, width),
    }
}

/// The x of the value axis' labels.
fn axis_x(locale: Locale) -> (f64, &'static str) {
    match locale.direction() {
        Direction::Rtl => (CHART_WIDTH - AXIS_ROOM + 6.0, "start"),
        Direction::Ltr => (AXIS_ROOM - 6.0, "end"),
    }
}

fn y_of(value: f64, top: f64) -> f64 {
    PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * (value / top.max(1.0))
}

/// A round upper end for the value axis.
fn axis_top(largest: u64) -> u64 {
    let step = match largest {
        0..=20 => 5,
        21..=100 => 20,
        101..=500 => 100,
        501..=2_000 => 500,
        _ => 10u64.pow(largest.ilog10()),
    };
    largest.div_ceil(step).max(1) * step
}

/// Gridlines and labels at 0, half and the top of the axis.
fn value_axis(locale: Locale, top: u64, suffix: &'static str) -> impl IntoView {
    let (label_x, anchor) = axis_x(locale);
    [0, top / 2, top]
        .into_iter()
        .map(|value| {
            let y = y_of(value as f64, top as f64);
            let label = format!("{}{suffix}", locale.number(i64::try_from(value).unwrap_or(0)));
            view! {
                <line class="grid" x1="0" x2=CHART_WIDTH y1=y y2=y/>
                <text class="axis" x=label_x y=y + 4.0 text-anchor=anchor>{label}</text>
            }
        })
        .collect_view()
}

/// Month numbers under the slots, in the reader's digits.
fn month_axis(locale: Locale, months: &[MonthFigures]) -> impl IntoView {
    months
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let (x, width) = bar_x(locale, index, months.len(), 0, 1);
            let label = locale.number(i64::from(m.month.month));
            view! { <text class="axis" x=x + width / 2.0 y=PLOT_BOTTOM + 18.0 text-anchor="middle">{label}</text> }
        })
        .collect_view()
}

/// A bar for a published count: a dashed outline up to 8 when it is "fewer than 8", so no exact height is drawn.
fn count_bar(x: f64, width: f64, count: PublishedCount, top: f64, class: &'static str) -> impl IntoView {
    let class = match count {
        PublishedCount::FewerThanEight => "bar-suppressed",
        _ => class,
    };
    let y = y_of(drawn(count) as f64, top);
    view! { <rect class=class x=x y=y width=width height=PLOT_BOTTOM - y/> }
}

/// The height a published count is drawn to: "fewer than 8" up to 8, never an exact small value.
fn drawn(count: PublishedCount) -> u64 {
    match count {
        PublishedCount::Zero => 0,
        PublishedCount::FewerThanEight => 8,
        PublishedCount::About(n) => n,
    }
}

fn largest(months: &[MonthFigures]) -> u64 {
    months.iter().flat_map(|m| [drawn(m.all.received), drawn(m.all.closed)]).max().unwrap_or(0)
}

fn volume_chart(locale: Locale, months: &[MonthFigures]) -> impl IntoView {
    let top = axis_top(largest(months));
    let bars = months
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let (x0, width) = bar_x(locale, index, months.len(), 0, 2);
            let (x1, _) = bar_x(locale, index, months.len(), 1, 2);
            view! {
                {count_bar(x0, width, m.all.received, top as f64, "bar-received")}
                {count_bar(x1, width, m.all.closed, top as f64, "bar-closed")}
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}") direction="ltr" role="img" aria-labelledby="chart-volume-title" focusable="false">
                <title id="chart-volume-title">{t("transparency-chart-volume")}</title>
                {value_axis(locale, top, "")}
                {bars}
                {month_axis(locale, months)}
            </svg>
            <figcaption>
                <strong>{t("transparency-chart-volume")}</strong>
                <span class="legend"><span class="swatch bar-received"></span>{t("transparency-received")}</span>
                <span class="legend"><span class="swatch bar-closed"></span>{t("transparency-closed")}</span>
                <span class="legend"><span class="swatch bar-suppressed"></span>{t("transparency-fewer-than-eight")}</span>
                <span class="small">{t("transparency-chart-note")}</span>
            </figcaption>
        </figure>
    }
}

fn timeliness_chart(locale: Locale, months: &[MonthFigures]) -> impl IntoView {
    let bars = months
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let (x, width) = bar_x(locale, index, months.len(), 0, 1);
            match m.all.within_month {
                Some(percent) => {
                    let y = y_of(percent as f64, 100.0);
                    view! { <rect class="bar-share" x=x y=y width=width height=PLOT_BOTTOM - y/> }.into_any()
                }
                // Too few answers that month to show a share: a mark on the axis, no bar.
                None => {
                    view! { <text class="axis" x=x + width / 2.0 y=PLOT_BOTTOM - 4.0 text-anchor="middle">"–"</text> }
                        .into_any()
                }
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}") direction="ltr" role="img" aria-labelledby="chart-timely-title" focusable="false">
                <title id="chart-timely-title">{t("transparency-chart-timely")}</title>
                {value_axis(locale, 100, "%")}
                {bars}
                {month_axis(locale, months)}
            </svg>
            <figcaption>
                <strong>{t("transparency-chart-timely")}</strong>
                <span class="small">{t("transparency-chart-timely-note")}</span>
            </figcaption>
        </figure>
    }
}

/// The routing rules in plain words, and who decides.
fn routing_section(routing: PublishedRouting) -> impl IntoView {
    let locale = use_locale();
    let team = |key: &str, name: Option<&str>| crate::staff::team_label(locale, key, name);
    let rules = routing
        .rules
        .iter()
        .map(|rule| {
            let mut conditions: Vec<String> = Vec::new();
            let mut add = |id: &str, value: &str| {
                conditions.push(locale.text_with(id, &[("value", Arg::Text(value))]));
            };
            if let Some(kind) = rule.kind {
                add("transparency-routing-kind", &locale.text(&format!("kind-{}", kind.key())));
            }
            if let Some(category) = &rule.category {
                add("transparency-routing-category", &locale.text(&format!("category-{category}")));
            }
            if let Some(language) = &rule.locale {
                add("transparency-routing-language", Locale::from_code(language).map_or(language, |l| l.native_name()));
            }
            if let Some(region) = &rule.region {
                add("transparency-routing-region", region);
            }
            match rule.sensitive {
                Some(true) => conditions.push(locale.text("transparency-routing-sensitive")),
                Some(false) => conditions.push(locale.text("transparency-routing-not-sensitive")),
                None => {}
            }
            let conditions = match conditions.is_empty() {
                true => locale.text("transparency-routing-every"),
                false => conditions.join(locale.list_separator()),
            };
            let team = team(&rule.team_key, rule.team_name.as_deref());
            let text = locale.text_with(
                "transparency-routing-rule",
                &[("conditions", Arg::Text(&conditions)), ("team", Arg::Text(&team))],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    let rest = routing.default_team.map(|(key, name)| {
        let team = team(&key, name.as_deref());
        view! { <p>{locale.text_with("transparency-routing-rest", &[("team", Arg::Text(&team))])}</p> }
    });
    view! {
        <h2>{t("transparency-routing-heading")}</h2>
        <p>{t("transparency-routing-intro")}</p>
        <ol class="routing-rules">{rules}</ol>
        {rest}
        <p><strong>{t("transparency-routing-human")}</strong></p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_value_axis_ends_on_a_round_number_above_the_largest_bar() {
        assert_eq!(axis_top(0), 5);
        assert_eq!(axis_top(8), 10);
        assert_eq!(axis_top(35), 40);
        assert_eq!(axis_top(455), 500);
        assert_eq!(axis_top(12_345), 20_000);
    }

    #[test]
    fn bars_run_from_the_right_in_a_right_to_left_language_and_leave_room_for_the_axis() {
        for (code, oldest_first_on_the_left) in [("en", true), ("ar", false), ("ps", false)] {
            let locale = Locale::from_code(code).unwrap();
            let bars: Vec<(f64, f64)> = (0..12).map(|month| bar_x(locale, month, 12, 0, 1)).collect();
            assert_eq!(bars[0].0 < bars[11].0, oldest_first_on_the_left, "{code}");
            let (axis, _) = axis_x(locale);
            for (x, width) in bars {
                assert!(x >= 0.0 && x + width <= CHART_WIDTH, "{code}: a bar leaves the drawing");
                assert!(axis < x || axis > x + width, "{code}: the axis labels stand on a bar");
            }
        }
    }
}
