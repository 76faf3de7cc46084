#include "platform/typeset/pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace maillage::typeset {

namespace {

constexpr double kPageWidth = 595.276, kPageHeight = 841.89;  // A4 in points
constexpr double kMargin = 48, kFooter = 28;
constexpr double kCellPadding = 3;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Owns one PangoLayout (released once: not copyable).
struct Layout {
  explicit Layout(PangoLayout* l) : layout(l) {}
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  ~Layout() {
    if (layout) g_object_unref(layout);
  }
  PangoLayout* layout = nullptr;
};

class Typesetter {
 public:
  Typesetter(cairo_t* cr, const Document& doc) : cr_(cr), doc_(doc) { y_ = kMargin; }

  void run() {
    for (auto& b : doc_.blocks) {
      switch (b.kind) {
        case Block::Kind::Title: text(b.text, 20, true, 10, 12); break;
        case Block::Kind::Heading: keep(60); text(b.text, 14, true, 10, 6); break;
        case Block::Kind::Subheading: keep(50); text(b.text, 11, true, 6, 4); break;
        case Block::Kind::Paragraph: text(b.text, 9.5, false, 0, 6); break;
        case Block::Kind::Lead: text(b.text, 13, false, 0, 4); break;
        case Block::Kind::Note: text(b.text, 8, false, 0, 8, 0.35); break;
        case Block::Kind::Table: table(b); break;
        case Block::Kind::BarChart: chart(b); break;
        case Block::Kind::PageBreak:
          if (y_ > kMargin) new_page();
          break;
      }
    }
    footer();
  }

 private:
  double bottom() const { return kPageHeight - kMargin - kFooter; }
  double width() const { return kPageWidth - 2 * kMargin; }

  PangoLayout* make(const std::string& s, double size, bool bold, double w) {
    PangoLayout* l = pango_cairo_create_layout(cr_);
    PangoFontDescription* f = pango_font_description_from_string(doc_.font.c_str());
    pango_font_description_set_absolute_size(f, size * PANGO_SCALE);
    if (bold) pango_font_description_set_weight(f, PANGO_WEIGHT_BOLD);
    pango_layout_set_font_description(l, f);
    pango_font_description_free(f);
    pango_layout_set_width(l, static_cast<int>(w * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(l, s.c_str(), static_cast<int>(s.size()));
    return l;
  }
  static double height_of(PangoLayout* l) {
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
  void draw(PangoLayout* l, double x, double y, double grey = 0) {
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l);
  }

  void keep(double space) {
    if (y_ + space > bottom()) new_page();
  }
  void new_page() {
    footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
  }
  void footer() {
    Layout f(make(doc_.title + " — " + std::to_string(page_), 7.5, false, width()));
    pango_layout_set_alignment(f.layout, PANGO_ALIGN_RIGHT);
    draw(f.layout, kMargin, kPageHeight - kMargin - 10, 0.4);
  }

  void text(const std::string& s, double size, bool bold, double before, double after, double grey = 0) {
    if (s.empty()) return;
    Layout l(make(s, size, bold, width()));
    double h = height_of(l.layout);
    if (y_ > kMargin) y_ += before;
    keep(h);
    draw(l.layout, kMargin, y_, grey);
    y_ += h + after;
  }

  std::vector<double> column_widths(const Block& t) const {
    std::size_t n = t.columns.size();
    for (auto& r : t.rows) n = std::max(n, r.size());
    if (!n) return {};
    std::vector<double> shares = t.widths;
    if (shares.size() != n) {
      // From the content: the square root of each column's longest line, so that one long cell does not take all.
      shares.assign(n, 0);
      auto measure = [&](std::size_t i, const std::string& s) {
        std::size_t longest = 0, run = 0;
        for (unsigned char c : s) {
          if (c == '\n') run = 0;
          else if ((c & 0xC0) != 0x80) longest = std::max(longest, ++run);
        }
        shares[i] = std::max(shares[i], std::sqrt(static_cast<double>(std::max<std::size_t>(longest, 3))));
      };
      for (std::size_t i = 0; i < t.columns.size(); ++i) measure(i, t.columns[i]);
      for (auto& r : t.rows)
        for (std::size_t i = 0; i < r.size(); ++i) measure(i, r[i]);
    }
    double sum = 0;
    for (double s : shares) sum += s;
    std::vector<double> widths;
    for (double s : shares) widths.push_back(width() * s / sum);
    return widths;
  }

  // One row: its height, drawn at y when `draw_it`.
  double row(const std::vector<std::string>& cells, const std::vector<double>& widths, bool header, bool draw_it) {
    std::vector<std::unique_ptr<Layout>> layouts;
    double h = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      const std::string& s = i < cells.size() ? cells[i] : std::string();
      layouts.push_back(std::make_unique<Layout>(make(s, header ? 8 : 8.5, header, widths[i] - 2 * kCellPadding)));
      h = std::max(h, height_of(layouts.back()->layout));
    }
    h += 2 * kCellPadding;
    if (!draw_it) return h;
    double x = kMargin;
    if (header) {
      cairo_set_source_rgb(cr_, 0.9, 0.92, 0.95);
      cairo_rectangle(cr_, kMargin, y_, width(), h);
      cairo_fill(cr_);
    }
    cairo_set_line_width(cr_, 0.4);
    for (std::size_t i = 0; i < widths.size(); ++i) {
      draw(layouts[i]->layout, x + kCellPadding, y_ + kCellPadding);
      cairo_set_source_rgb(cr_, 0.55, 0.55, 0.55);
      cairo_rectangle(cr_, x, y_, widths[i], h);
      cairo_stroke(cr_);
      x += widths[i];
    }
    return h;
  }

  void table(const Block& t) {
    auto widths = column_widths(t);
    if (widths.empty()) return;
    if (!t.text.empty()) text(t.text, 11, true, 6, 4);
    double header_h = row(t.columns, widths, true, false);
    keep(header_h + 20);
    y_ += row(t.columns, widths, true, true);
    for (auto& r : t.rows) {
      double h = row(r, widths, false, false);
      if (y_ + h > bottom()) {
        new_page();
        y_ += row(t.columns, widths, true, true);  // the header again on each page
      }
      row(r, widths, false, true);
      y_ += h;
    }
    y_ += 8;
  }

  void chart(const Block& c) {
    if (c.bars.empty()) return;
    if (!c.text.empty()) text(c.text, 11, true, 6, 4);
    double max = 0;
    for (auto& [label, v] : c.bars) max = std::max(max, v);
    const double bar_h = 11, gap = 4, label_w = width() * 0.32, bar_w = width() * 0.56;
    keep(static_cast<double>(c.bars.size()) * (bar_h + gap) + 10);
    for (std::size_t k = 0; k < c.bars.size(); ++k) {
      const auto& [label, v] = c.bars[k];
      Layout l(make(label, 8, false, label_w - 6));
      pango_layout_set_ellipsize(l.layout, PANGO_ELLIPSIZE_END);
      draw(l.layout, kMargin, y_);
      double w = max > 0 ? bar_w * v / max : 0;
      cairo_set_source_rgb(cr_, 0.16, 0.38, 0.62);
      cairo_rectangle(cr_, kMargin + label_w, y_ + 1, std::max(w, 0.5), bar_h - 2);
      cairo_fill(cr_);
      char value[32];
      std::snprintf(value, sizeof value, v == std::floor(v) ? "%.0f" : "%.1f", v);
      Layout n(make(k < c.bar_texts.size() ? c.bar_texts[k] : std::string(value), 8, false, 60));
      draw(n.layout, kMargin + label_w + w + 4, y_);
      y_ += bar_h + gap;
    }
    y_ += 8;
  }

  cairo_t* cr_;
  const Document& doc_;
  double y_ = 0;
  int page_ = 1;
};

}  // namespace

std::string to_pdf(const Document& document) {
  std::string out;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  if (!document.author.empty()) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Maillage");
  // Always a creation date of our choosing (cairo would write the current time): the same document, the same bytes.
  {
    std::time_t t = static_cast<std::time_t>(document.made_at);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char date[32];
    std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date);
  }
  cairo_t* cr = cairo_create(surface);
  {
    Typesetter t(cr, document);
    t.run();
  }
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  auto status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) throw std::runtime_error(std::string("PDF: ") + cairo_status_to_string(status));
  return out;
}

}  // namespace maillage::typeset
