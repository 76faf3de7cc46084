// The public agenda's routes: the page (list and month), its feeds (iCalendar, Atom, JSON), the fragments the
// bassins' sites put in an iframe (agenda, directory search box) and the page that gives coordinators the
// snippet to copy.
#pragma once
#include "platform/http.hpp"

namespace maillage::agenda {

// The home page: the directory's search box, the coming sessions, the parts' entries.
Response home(RequestContext& ctx);
Response agenda_page(RequestContext& ctx);
// The paper programme of a month for the people the networks accompany: the sessions for service users and
// relatives (and for everyone) of a care area, by day, printable (?bassin=&month=YYYY-MM).
Response programme(RequestContext& ctx);
Response agenda_ics(RequestContext& ctx);
Response agenda_atom(RequestContext& ctx);
Response agenda_json(RequestContext& ctx);
Response agenda_embed(RequestContext& ctx);
Response directory_embed(RequestContext& ctx);
Response embed_code(RequestContext& ctx);

}  // namespace maillage::agenda
