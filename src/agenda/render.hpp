// How an agenda item, the filters, a list and a month read on a page (the agenda, the embed, the home page).
#pragma once
#include "platform/dictionary.hpp"

#include <string>

#include "agenda/agenda.hpp"
#include "platform/http.hpp"

namespace maillage::agenda {

const char* type_label(const std::string& type);  // catalogue msgid
std::string place_of(RequestContext& ctx, const Item& item);
std::string territory_label(RequestContext& ctx, const Snapshot& snap, const std::string& territory);
// One item: TITLE, URL (absolute when base is given), DATE, START, END, TYPE_LABEL, THEME_LABEL, TERRITORY,
// PLACE, AUDIENCE_LABEL, HAS_FREE/FREE or FULL, FOR_SERVICE_USERS.
void fill_item(RequestContext& ctx, const Snapshot& snap, const Item& item, Dictionary& d,
               const std::string& base = "");
// The filter form: BASSIN_OPTION, THEME_OPTION, TYPE_OPTION, AUDIENCE_OPTION (CODE, LABEL, SELECTED).
void fill_filters(RequestContext& ctx, const Snapshot& snap, const Filter& f, Dictionary& d);
// Items by day (DAY: DATE, ITEM...), a page at a time (PREVIOUS/NEXT with their page numbers), COUNT_LABEL.
void fill_list(RequestContext& ctx, const Snapshot& snap, const Filter& f, int page, std::size_t per_page,
               Dictionary& d, const std::string& base = "");
// A month as a grid of weeks (WEEK: DAY_CELL: NUMBER, ITEM...; EMPTY_CELL), MONTH_LABEL, PREVIOUS_MONTH,
// NEXT_MONTH. `month` is "YYYY-MM"; anything else is the current month.
void fill_month(RequestContext& ctx, const Snapshot& snap, const Filter& f, const std::string& month,
                Dictionary& d);

}  // namespace maillage::agenda
