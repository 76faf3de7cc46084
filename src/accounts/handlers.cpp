#include "accounts/handlers.hpp"

#include <map>
#include <set>

#include "accounts/model.hpp"
#include "accounts/session_cache.hpp"
#include "helpdesk/lines.hpp"
#include "platform/app.hpp"
#include "platform/audit.hpp"
#include "platform/forms.hpp"
#include "platform/mail.hpp"
#include "platform/security.hpp"
#include "platform/views.hpp"
#include "territory/model.hpp"

namespace maillage::accounts {

namespace {

// Only local paths: an open redirect would let a phishing link bounce through our login page.
std::string safe_next(const std::string& next) {
  if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\') return next;
  return "/";
}

const char* kRoleLabels[][2] = {{"member", N_("Member")}, {"editor", N_("Editor")}, {"coordinator", N_("Coordinator")}};
const char* kLangLabels[][2] = {{"fr", "Français"}, {"nl", "Nederlands"}, {"en", "English"}};

bool valid_membership_role(const std::string& r) { return r == "member" || r == "editor" || r == "coordinator"; }

void add_language_options(Dictionary& d, const std::string& selected) {
  for (auto& [code, label] : kLangLabels) {
    auto* o = d.AddSectionDictionary("LANG_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", label);
    if (selected == code) o->ShowSection("SELECTED");
  }
}

void add_role_options(RequestContext& ctx, Dictionary& d, const std::string& selected,
                      bool include_coordinator) {
  for (auto& [code, label] : kRoleLabels) {
    if (!include_coordinator && std::string(code) == "coordinator") continue;
    auto* o = d.AddSectionDictionary("ROLE_OPTION");
    o->SetValue("CODE", code);
    o->SetValue("LABEL", ctx.tr(label));
    if (selected == code) o->ShowSection("SELECTED");
  }
}

std::string role_label(RequestContext& ctx, const std::string& role) {
  for (auto& [code, label] : kRoleLabels)
    if (role == code) return ctx.tr(label);
  return role;
}

std::string grant_label(RequestContext& ctx, soci::session& sql, const Grant& g) {
  std::string role = g.role == "admin"         ? ctx.tr(N_("Administrator"))
                     : g.role == "coordinator" ? ctx.tr(N_("Coordinator"))
                     : g.role == "responder"   ? ctx.tr(N_("Helpdesk responder"))
                                               : g.role;
  if (g.scope_type == "line") {
    std::int64_t line_id = 0;
    try { line_id = std::stoll(g.scope_id); } catch (...) {}
    if (auto line = helpdesk::find_line(sql, line_id)) return role + " — " + line->name(ctx.lang);
  }
  if (g.scope_type == "bassin") return role + " — " + territory::bassin_name(sql, g.scope_id, ctx.lang);
  if (g.scope_type == "region") return role + " — " + ctx.tr(N_("Brussels-Capital Region"));
  return role + " — " + g.scope_type + " " + g.scope_id;
}

Response show_login(RequestContext& ctx, const FormErrors& errors, int status = 200) {
  Page page(ctx, "accounts/login.tpl", N_("Log in"));
  auto& d = page.dict();
  d.SetValue("EMAIL", ctx.f("email"));
  d.SetValue("NEXT", safe_next(ctx.method == Method::Post ? ctx.f("next") : ctx.q("next")));
  errors.show(ctx, d);
  return page.response(status);
}

void start_session(RequestContext& ctx, soci::session& sql, std::int64_t user_id) {
  // A new token at every login: a token planted before login is worth nothing after.
  if (!ctx.session_token.empty()) close_session(sql, ctx.session_token);
  std::string token = open_session(sql, user_id, ctx.remote_ip);
  ctx.set_cookie("maillage_session", token, kSessionMaxSeconds);
}

void send_password_link(RequestContext& ctx, soci::session& sql, const User& user, std::int64_t by, const char* mail) {
  TokenRequest r;
  r.purpose = "password";
  r.user_id = user.id;
  r.created_by = by;
  std::string token = issue_token(sql, r);
  Dictionary d("mail");
  d.SetValue("NAME", user.name.empty() ? user.email : user.name);
  d.SetValue("LINK", ctx.app.base_url() + "/password/set/" + token);
  d.SetIntValue("HOURS", kPasswordLinkSeconds / 3600);
  queue_mail(sql, compose_mail(ctx.app, user.lang, mail, d, user.email));
}

}  // namespace

Response login_form(RequestContext& ctx) {
  if (ctx.user) return Response::redirect(safe_next(ctx.q("next")));
  return show_login(ctx, {});
}

Response login(RequestContext& ctx) {
  std::string email = normalise_email(ctx.f("email"));
  std::string password = ctx.f("password");
  FormErrors errors;
  if (email.empty() || password.empty()) {
    errors.add("email", N_("Enter your e-mail address and your password."));
    return show_login(ctx, errors, 422);
  }
  bool blocked = ctx.app.db.transact([&](soci::session& sql) { return login_blocked(sql, email, ctx.remote_ip); });
  if (blocked) {
    errors.add("email", N_("Too many failed attempts. Wait fifteen minutes, or ask for a new password link."));
    return show_login(ctx, errors, 429);
  }
  std::optional<User> user;
  {
    soci::session sql(ctx.app.db.pool());
    user = find_user_by_email(sql, email);
  }
  // Verify even when the account does not exist, so that timing does not tell which addresses have one.
  static const std::string dummy = security::hash_password(security::random_token(16));
  bool ok = security::verify_password(user ? user->password_hash : dummy, password) && user && !user->disabled;
  return ctx.app.db.transact([&](soci::session& sql) -> Response {
    if (!ok) {
      record_login_failure(sql, email, ctx.remote_ip);
      audit(sql, AuditEntry{user ? user->id : 0, "login.failure", "email:" + email, ctx.remote_ip, ""});
      FormErrors e;
      e.add("email", N_("This e-mail address and password do not match an active account."));
      return show_login(ctx, e, 422);
    }
    clear_login_failures(sql, email);
    start_session(ctx, sql, user->id);
    audit(sql, AuditEntry{user->id, "login.success", "user:" + std::to_string(user->id), ctx.remote_ip, ""});
    return Response::redirect(safe_next(ctx.f("next")));
  });
}

Response logout(RequestContext& ctx) {
  ctx.app.db.transact([&](soci::session& sql) {
    close_session(sql, ctx.session_token);
    audit(sql, ctx, "logout", "user:" + std::to_string(ctx.user->id));
  });
  ctx.set_cookie("maillage_session", "", 0);
  ctx.flash(N_("You are logged out."));
  return Response::redirect("/");
}

Response forgot_form(RequestContext& ctx) {
  Page page(ctx, "accounts/forgot.tpl", N_("Forgotten password"));
  page.dict().SetValue("EMAIL", ctx.q("email"));
  return page.response();
}

Response forgot(RequestContext& ctx) {
  std::string email = normalise_email(ctx.f("email"));
  if (!looks_like_email(email)) {
    Page page(ctx, "accounts/forgot.tpl", N_("Forgotten password"));
    FormErrors e;
    e.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
    e.show(ctx, page.dict());
    page.dict().SetValue("EMAIL", ctx.f("email"));
    return page.response(422);
  }
  ctx.app.db.transact([&](soci::session& sql) {
    if (login_blocked(sql, email, ctx.remote_ip)) return;
    auto user = find_user_by_email(sql, email);
    // Counted like a failed login, so that the form cannot be used to flood someone's mailbox.
    record_login_failure(sql, email, ctx.remote_ip);
    if (user && !user->disabled) send_password_link(ctx, sql, *user, 0, "password_reset");
  });
  // The same answer whether or not an account exists.
  ctx.flash(N_("If an account exists for this address, we have sent it a link to choose a new password."));
  return Response::redirect("/login");
}

namespace {
Response show_set_password(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "accounts/set_password.tpl", N_("Choose a password"));
  page.dict().SetValue("TOKEN", ctx.param("token"));
  page.dict().SetIntValue("MIN_LENGTH", kMinPasswordLength);
  errors.show(ctx, page.dict());
  return page.response(status);
}

void check_new_password(const std::string& password, const std::string& confirm, FormErrors& errors) {
  if (password.size() < kMinPasswordLength)
    errors.add("password", N_("The password must be at least 10 characters long."));
  else if (password.size() > 200)
    errors.add("password", N_("The password must be at most 200 characters long."));
  else if (password != confirm)
    errors.add("confirm", N_("The two passwords are different."));
}

std::optional<TokenRecord> live_token(soci::session& sql, const std::string& token, const char* purpose) {
  auto t = find_token(sql, token);
  if (!t || t->purpose != purpose || t->used || t->expires_at < now_seconds()) return std::nullopt;
  return t;
}
}  // namespace

Response set_password_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  if (!live_token(sql, ctx.param("token"), "password"))
    throw HttpError{410, N_("This link has expired or was already used. Ask for a new one from the login page.")};
  return show_set_password(ctx, {}, 200);
}

Response set_password_submit(RequestContext& ctx) {
  FormErrors errors;
  check_new_password(ctx.f("password"), ctx.f("confirm"), errors);
  if (!errors.empty()) return show_set_password(ctx, errors, 422);
  std::string token = ctx.param("token");
  bool done = ctx.app.db.transact([&](soci::session& sql) {
    auto t = live_token(sql, token, "password");
    if (!t) return false;
    auto user = find_user(sql, t->user_id);
    if (!user || user->disabled) return false;
    set_password(sql, user->id, ctx.f("password"));
    mark_token_used(sql, token);
    close_sessions_of(sql, user->id);
    clear_login_failures(sql, user->email);
    start_session(ctx, sql, user->id);
    audit(sql, AuditEntry{user->id, "password.set", "user:" + std::to_string(user->id), ctx.remote_ip, "link"});
    return true;
  });
  if (!done) throw HttpError{410, N_("This link has expired or was already used. Ask for a new one from the login page.")};
  ctx.flash(N_("Your password is saved and you are logged in."));
  return Response::redirect("/profile");
}

namespace {
Response show_profile(RequestContext& ctx, const FormErrors& errors, const FormErrors& pw_errors, int status) {
  Page page(ctx, "accounts/profile.tpl", N_("My profile"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  // The e-mail, name and language as the session carries them: a change to any of them is an access change
  // (access_changed), so they are never older than the database's; the last login as of the session's
  // resolution. A logged-in page then costs no query of its own (the grants' labels may read one).
  const auto& user = *ctx.user;
  std::int64_t last_login_at = last_login_of_session(ctx.app, ctx.session_token, user.id);
  d.SetValue("EMAIL", user.email);
  d.SetValue("NAME", ctx.method == Method::Post && !ctx.f("name").empty() ? ctx.f("name") : user.name);
  add_language_options(d, user.lang);
  for (auto& m : ctx.user->memberships) {
    auto* s = d.AddSectionDictionary("MEMBERSHIP");
    s->SetValue("ORGANISATION", m.organisation_name);
    s->SetValue("ROLE", role_label(ctx, m.role));
  }
  if (ctx.user->memberships.empty()) d.ShowSection("NO_MEMBERSHIP");
  for (auto& g : ctx.user->grants) d.AddSectionDictionary("GRANT")->SetValue("LABEL", grant_label(ctx, sql, g));
  // Shown in its section (a value alone left the section hidden: the last login was never shown).
  if (last_login_at) d.SetValueAndShowSection("LAST_LOGIN", ctx.app.i18n.datetime(ctx.lang, last_login_at), "LAST_LOGIN");
  errors.show(ctx, d);
  if (!pw_errors.empty()) {
    auto* pw = d.AddSectionDictionary("PASSWORD_ERRORS");
    pw_errors.show(ctx, *pw);
  }
  return page.response(status);
}
}  // namespace

Response profile(RequestContext& ctx) { return show_profile(ctx, {}, {}, 200); }

Response profile_update(RequestContext& ctx) {
  std::string name = clean_text(ctx.f("name"));
  auto lang = ctx.app.i18n.normalise(ctx.f("lang"));
  FormErrors errors;
  if (name.empty()) errors.add("name", N_("Enter your name."));
  else if (name.size() > 200) errors.add("name", N_("The name must be at most 200 characters long."));
  if (!lang || *lang == "qps") errors.add("lang", N_("Choose one of the offered languages."));
  if (!errors.empty()) return show_profile(ctx, errors, {}, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    sql << "UPDATE users SET name = :n, lang = :l WHERE id = :id", soci::use(name), soci::use(*lang),
        soci::use(ctx.user->id);
    access_changed(sql);  // the cached session carries the name and language
  });
  ctx.lang = *lang;
  ctx.set_cookie("maillage_lang", *lang, 365L * 24 * 3600);
  ctx.flash(N_("Your profile is saved."));
  return Response::redirect("/profile");
}

Response profile_password(RequestContext& ctx) {
  FormErrors errors;
  std::optional<User> user;
  {
    soci::session sql(ctx.app.db.pool());
    user = find_user(sql, ctx.user->id);
  }
  if (!security::verify_password(user->password_hash, ctx.f("current")))
    errors.add("current", N_("Your current password is incorrect."));
  check_new_password(ctx.f("password"), ctx.f("confirm"), errors);
  if (!errors.empty()) return show_profile(ctx, {}, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    set_password(sql, user->id, ctx.f("password"));
    // Other devices are logged out; this one gets a fresh session.
    close_sessions_of(sql, user->id);
    ctx.session_token.clear();
    start_session(ctx, sql, user->id);
    audit(sql, ctx, "password.set", "user:" + std::to_string(user->id), "profile");
  });
  ctx.flash(N_("Your new password is saved. Your other sessions were closed."));
  return Response::redirect("/profile");
}

namespace {
// Organisations whose members the caller may invite.
std::vector<Organisation> invitable_organisations(RequestContext& ctx, soci::session& sql) {
  std::vector<Organisation> out;
  bool all = ctx.user->is_admin() || ctx.user->is_territory_coordinator();
  for (auto& o : list_organisations(sql))
    if (all || ctx.user->coordinates_organisation(o.id)) out.push_back(o);
  return out;
}

Response show_invitations(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "accounts/invitations.tpl", N_("Invitations"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto orgs = invitable_organisations(ctx, sql);
  std::string selected = ctx.f("organisation_id");
  std::string ids;
  for (auto& o : orgs) {
    auto* s = d.AddSectionDictionary("ORG_OPTION");
    s->SetIntValue("ID", o.id);
    s->SetValue("NAME", o.name);
    if (selected == std::to_string(o.id)) s->ShowSection("SELECTED");
    ids += (ids.empty() ? "" : ",") + std::to_string(o.id);
  }
  add_role_options(ctx, d, ctx.f("role").empty() ? "member" : ctx.f("role"), true);
  d.SetValue("EMAIL", ctx.f("email"));
  errors.show(ctx, d);
  if (!ids.empty()) {
    std::int64_t now = now_seconds();
    // ids are integers we produced, not user input.
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT t.email, o.name, t.role, t.created_at, t.expires_at, "
                                                 "COALESCE(t.used_at, 0) FROM one_time_tokens t JOIN organisations o ON "
                                                 "o.id = t.organisation_id WHERE t.purpose = 'invitation' AND "
                                                 "t.organisation_id IN (" + ids + ") ORDER BY t.created_at DESC LIMIT 100");
    for (auto& r : rs) {
      auto* s = d.AddSectionDictionary("INVITATION");
      s->SetValue("EMAIL", as_text(r, 0));
      s->SetValue("ORGANISATION", as_text(r, 1));
      s->SetValue("ROLE", role_label(ctx, as_text(r, 2)));
      s->SetValue("SENT", ctx.app.i18n.datetime(ctx.lang, as_int(r, 3)));
      s->SetValue("STATUS", as_int(r, 5)               ? ctx.tr(N_("Accepted"))
                            : as_int(r, 4) < now ? ctx.tr(N_("Expired"))
                                                       : ctx.tr(N_("Waiting")));
    }
  }
  if (orgs.empty()) d.ShowSection("NO_ORGANISATION");
  else d.ShowSection("CAN_INVITE");
  return page.response(status);
}
}  // namespace

Response invitations(RequestContext& ctx) { return show_invitations(ctx, {}, 200); }

Response invite(RequestContext& ctx) {
  std::string email = normalise_email(ctx.f("email"));
  std::string role = ctx.f("role");
  std::int64_t org_id = 0;
  try { org_id = std::stoll(ctx.f("organisation_id")); } catch (...) {}
  FormErrors errors;
  if (!looks_like_email(email)) errors.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
  if (!valid_membership_role(role)) errors.add("role", N_("Choose a role."));
  soci::session check(ctx.app.db.pool());
  bool allowed = false;
  for (auto& o : invitable_organisations(ctx, check))
    if (o.id == org_id) allowed = true;
  if (!allowed) errors.add("organisation_id", N_("Choose one of your organisations."));
  if (!errors.empty()) return show_invitations(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    auto org = find_organisation(sql, org_id);
    TokenRequest r;
    r.purpose = "invitation";
    r.email = email;
    r.organisation_id = org_id;
    r.role = role;
    r.created_by = ctx.user->id;
    r.ttl_seconds = kInvitationSeconds;
    std::string token = issue_token(sql, r);
    Dictionary d("mail");
    d.SetValue("INVITER", ctx.user->name.empty() ? ctx.user->email : ctx.user->name);
    d.SetValue("ORGANISATION", org->name);
    d.SetValue("LINK", ctx.app.base_url() + "/invitations/" + token);
    d.SetIntValue("DAYS", kInvitationSeconds / 86400);
    auto existing = find_user_by_email(sql, email);
    queue_mail(sql, compose_mail(ctx.app, existing ? existing->lang : ctx.lang, "invitation", d, email));
    audit(sql, ctx, "invitation.create", "organisation:" + std::to_string(org_id), email + " as " + role);
  });
  ctx.flash(N_("The invitation is sent."));
  return Response::redirect("/invitations");
}

namespace {
Response show_invitation(RequestContext& ctx, const TokenRecord& t, bool existing, const FormErrors& errors, int status) {
  Page page(ctx, "accounts/invitation.tpl", N_("Join Maillage"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  auto org = find_organisation(sql, t.organisation_id);
  d.SetValue("ORGANISATION", org ? org->name : "");
  d.SetValue("EMAIL", t.email);
  d.SetValue("ROLE", role_label(ctx, t.role));
  d.SetValue("TOKEN", ctx.param("token"));
  d.SetValue("NAME", ctx.f("name"));
  d.SetIntValue("MIN_LENGTH", kMinPasswordLength);
  d.ShowSection(existing ? "EXISTING_ACCOUNT" : "NEW_ACCOUNT");
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response invitation_form(RequestContext& ctx) {
  soci::session sql(ctx.app.db.pool());
  auto t = live_token(sql, ctx.param("token"), "invitation");
  if (!t) throw HttpError{410, N_("This invitation has expired or was already used. Ask the person who invited you for a new one.")};
  return show_invitation(ctx, *t, find_user_by_email(sql, t->email).has_value(), {}, 200);
}

Response invitation_accept(RequestContext& ctx) {
  std::string token = ctx.param("token");
  std::optional<TokenRecord> t;
  bool existing = false;
  {
    soci::session sql(ctx.app.db.pool());
    t = live_token(sql, token, "invitation");
    if (t) existing = find_user_by_email(sql, t->email).has_value();
  }
  if (!t) throw HttpError{410, N_("This invitation has expired or was already used. Ask the person who invited you for a new one.")};
  FormErrors errors;
  std::string name = clean_text(ctx.f("name"));
  if (!existing) {
    if (name.empty()) errors.add("name", N_("Enter your name."));
    else if (name.size() > 200) errors.add("name", N_("The name must be at most 200 characters long."));
    check_new_password(ctx.f("password"), ctx.f("confirm"), errors);
  }
  if (!errors.empty()) return show_invitation(ctx, *t, existing, errors, 422);
  bool done = ctx.app.db.transact([&](soci::session& sql) {
    auto again = live_token(sql, token, "invitation");  // used twice at once: only one wins
    if (!again) return false;
    auto user = find_user_by_email(sql, t->email);
    std::int64_t user_id;
    if (user) {
      user_id = user->id;
    } else {
      user_id = create_user(sql, t->email, name, ctx.lang == "qps" ? "en" : ctx.lang);
      set_password(sql, user_id, ctx.f("password"));
      start_session(ctx, sql, user_id);
    }
    set_membership(sql, user_id, t->organisation_id, t->role);
    mark_token_used(sql, token);
    audit(sql, AuditEntry{user_id, "invitation.accept", "organisation:" + std::to_string(t->organisation_id),
                          ctx.remote_ip, t->role});
    return true;
  });
  if (!done) throw HttpError{410, N_("This invitation has expired or was already used. Ask the person who invited you for a new one.")};
  ctx.flash(existing ? N_("You joined the organisation. Log in to continue.") : N_("Welcome to Maillage. Your account is ready."));
  return Response::redirect(existing ? "/login" : "/profile");
}

// --- Administration ---------------------------------------------------------------------------------------

Response admin_users(RequestContext& ctx) {
  Page page(ctx, "accounts/admin_users.tpl", N_("Users"));
  auto& d = page.dict();
  std::string q = ctx.q("q");
  d.SetValue("Q", q);
  int page_no = 1;
  try { page_no = std::max(1, std::stoi(ctx.q("page"))); } catch (...) {}
  const int per_page = 50;
  int offset = (page_no - 1) * per_page;
  std::string like = "%" + normalise_email(q) + "%";
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT id, email, name, disabled, COALESCE(last_login_at, 0) FROM users WHERE LOWER(email) LIKE :q "
                      "OR LOWER(name) LIKE :q2 ORDER BY email LIMIT :l OFFSET :o",
       soci::use(like), soci::use(like), soci::use(per_page + 1), soci::use(offset));
  int n = 0;
  for (auto& r : rs) {
    if (++n > per_page) {
      d.ShowSection("HAS_NEXT");
      break;
    }
    auto* s = d.AddSectionDictionary("USER");
    s->SetIntValue("ID", as_int(r, 0));
    s->SetValue("EMAIL", as_text(r, 1));
    s->SetValue("NAME", as_text(r, 2));
    if (as_int(r, 3)) s->ShowSection("DISABLED");
    auto last = as_int(r, 4);
    s->SetValue("LAST_LOGIN", last ? ctx.app.i18n.datetime(ctx.lang, last) : ctx.tr(N_("never")));
  }
  if (n == 0) d.ShowSection("NO_USER");
  if (page_no > 1) d.SetValueAndShowSection("PREV_PAGE", std::to_string(page_no - 1), "HAS_PREV");
  d.SetIntValue("NEXT_PAGE", page_no + 1);
  d.SetValue("Q_URL", url_encode(q));
  add_language_options(d, "fr");
  return page.response();
}

Response admin_user_create(RequestContext& ctx) {
  std::string email = normalise_email(ctx.f("email"));
  std::string name = clean_text(ctx.f("name"));
  auto lang = ctx.app.i18n.normalise(ctx.f("lang"));
  if (!looks_like_email(email) || name.empty() || !lang) {
    Page page(ctx, "accounts/admin_users.tpl", N_("Users"));
    FormErrors e;
    if (!looks_like_email(email)) e.add("email", N_("Enter a valid e-mail address, such as name@organisation.be."));
    if (name.empty()) e.add("name", N_("Enter the person's name."));
    if (!lang) e.add("lang", N_("Choose one of the offered languages."));
    e.show(ctx, page.dict());
    echo_fields(ctx, page.dict(), {"email", "name"});
    add_language_options(page.dict(), ctx.f("lang"));
    return page.response(422);
  }
  std::int64_t id = ctx.app.db.transact([&](soci::session& sql) -> std::int64_t {
    if (auto existing = find_user_by_email(sql, email)) return -existing->id;
    auto uid = create_user(sql, email, name, *lang);
    auto user = find_user(sql, uid);
    send_password_link(ctx, sql, *user, ctx.user->id, "account_created");
    audit(sql, ctx, "user.create", "user:" + std::to_string(uid), email);
    return uid;
  });
  if (id < 0) {
    ctx.flash(N_("An account with this e-mail address already exists."));
    return Response::redirect("/admin/users/" + std::to_string(-id));
  }
  ctx.flash(N_("The account is created and a link to choose a password was sent."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}

Response admin_user(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  soci::session sql(ctx.app.db.pool());
  auto user = find_user(sql, id);
  if (!user) throw not_found();
  Page page(ctx, "accounts/admin_user.tpl", N_("User"));
  page.set_title(user->name.empty() ? user->email : user->name);
  auto& d = page.dict();
  d.SetIntValue("ID", user->id);
  d.SetValue("EMAIL", user->email);
  d.SetValue("NAME", user->name);
  for (auto& [code, label] : kLangLabels)
    if (user->lang == code) d.SetValue("LANG", label);
  d.SetValue("CREATED", ctx.app.i18n.date(ctx.lang, user->created_at));
  d.SetValue("LAST_LOGIN", user->last_login_at ? ctx.app.i18n.datetime(ctx.lang, user->last_login_at) : ctx.tr(N_("never")));
  d.ShowSection(user->disabled ? "IS_DISABLED" : "IS_ACTIVE");
  for (auto& g : grants_of(sql, id)) {
    auto* s = d.AddSectionDictionary("GRANT");
    s->SetIntValue("GRANT_ID", g.id);
    s->SetValue("LABEL", grant_label(ctx, sql, g));
  }
  for (auto& m : memberships_of(sql, id)) {
    auto* s = d.AddSectionDictionary("MEMBERSHIP");
    s->SetIntValue("ORG_ID", m.organisation_id);
    s->SetValue("ORGANISATION", m.organisation_name);
    s->SetValue("ROLE", role_label(ctx, m.role));
  }
  for (auto& b : territory::list_bassins(sql)) {
    auto* s = d.AddSectionDictionary("BASSIN_OPTION");
    s->SetValue("SLUG", b.slug);
    s->SetValue("NAME", b.name(ctx.lang));
  }
  for (auto& l : helpdesk::list_lines(sql, true)) {
    auto* s = d.AddSectionDictionary("LINE_OPTION");
    s->SetIntValue("ID", l.id);
    s->SetValue("NAME", l.name(ctx.lang));
  }
  for (auto& o : list_organisations(sql)) {
    auto* s = d.AddSectionDictionary("ORG_OPTION");
    s->SetIntValue("ID", o.id);
    s->SetValue("NAME", o.name);
  }
  add_role_options(ctx, d, "member", true);
  return page.response();
}

Response admin_grant_add(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  Grant g;
  g.role = ctx.f("role");
  std::string scope = ctx.f("scope");  // "region", "bassin:<slug>" or "line:<id>" (a helpdesk line)
  if (scope.rfind("bassin:", 0) == 0) {
    g.scope_type = "bassin";
    g.scope_id = scope.substr(7);
  } else if (scope.rfind("line:", 0) == 0) {
    g.scope_type = "line";
    g.scope_id = scope.substr(5);
  } else {
    g.scope_type = "region";
  }
  bool valid = (g.role == "admin" && g.scope_type == "region") ||
               (g.role == "coordinator" && g.scope_type != "line") || (g.role == "responder" && g.scope_type == "line");
  bool done = valid && ctx.app.db.transact([&](soci::session& sql) {
    if (!find_user(sql, id)) return false;
    if (g.scope_type == "bassin" && !territory::bassin_exists(sql, g.scope_id)) return false;
    if (g.scope_type == "line") {
      std::int64_t line_id = 0;
      try { line_id = std::stoll(g.scope_id); } catch (...) {}
      if (!helpdesk::find_line(sql, line_id)) return false;
      g.scope_id = std::to_string(line_id);  // the form of the id responder_line_ids() reads
    }
    add_grant(sql, id, g, ctx.user->id);
    audit(sql, ctx, "grant.add", "user:" + std::to_string(id), g.role + " " + g.scope_type + " " + g.scope_id);
    return true;
  });
  ctx.flash(done ? N_("The role is granted.") : N_("This role cannot be granted: check the role and its territory."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}

Response admin_grant_remove(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  auto gid = ctx.param_id("gid");
  bool self_admin = false;
  ctx.app.db.transact([&](soci::session& sql) {
    std::string role;
    soci::indicator ind = soci::i_null;
    sql << "SELECT role FROM grants WHERE id = :g AND user_id = :u", soci::use(gid), soci::use(id), soci::into(role, ind);
    if (ind != soci::i_ok) return;
    // An administrator cannot remove their own administrator role: the platform must keep one.
    if (role == "admin" && id == ctx.user->id) {
      self_admin = true;
      return;
    }
    std::string scope_type, scope_id;
    sql << "SELECT scope_type, scope_id FROM grants WHERE id = :g", soci::use(gid), soci::into(scope_type), soci::into(scope_id);
    remove_grant(sql, gid);
    audit(sql, ctx, "grant.remove", "user:" + std::to_string(id), role + " " + scope_type + " " + scope_id);
  });
  ctx.flash(self_admin ? N_("You cannot remove your own administrator role.") : N_("The role is removed."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}

Response admin_membership_set(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  std::string role = ctx.f("role");
  std::int64_t org = 0;
  try { org = std::stoll(ctx.f("organisation_id")); } catch (...) {}
  bool ok = (role.empty() || valid_membership_role(role)) && ctx.app.db.transact([&](soci::session& sql) {
    if (!find_user(sql, id) || !find_organisation(sql, org)) return false;
    set_membership(sql, id, org, role);
    audit(sql, ctx, "membership.set", "user:" + std::to_string(id), "organisation:" + std::to_string(org) + " " + role);
    return true;
  });
  ctx.flash(ok ? N_("The membership is saved.") : N_("Choose an organisation and a role."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}

namespace {
Response set_user_disabled(RequestContext& ctx, bool disabled) {
  auto id = ctx.param_id("id");
  if (disabled && id == ctx.user->id) {
    ctx.flash(N_("You cannot disable your own account."));
    return Response::redirect("/admin/users/" + std::to_string(id));
  }
  ctx.app.db.transact([&](soci::session& sql) {
    if (!find_user(sql, id)) throw not_found();
    set_disabled(sql, id, disabled);
    audit(sql, ctx, disabled ? "user.disable" : "user.enable", "user:" + std::to_string(id));
  });
  ctx.flash(disabled ? N_("The account is disabled and its sessions are closed.") : N_("The account is enabled again."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}
}  // namespace

Response admin_user_disable(RequestContext& ctx) { return set_user_disabled(ctx, true); }
Response admin_user_enable(RequestContext& ctx) { return set_user_disabled(ctx, false); }

Response admin_password_link(RequestContext& ctx) {
  auto id = ctx.param_id("id");
  ctx.app.db.transact([&](soci::session& sql) {
    auto user = find_user(sql, id);
    if (!user) throw not_found();
    send_password_link(ctx, sql, *user, ctx.user->id, "password_reset");
    audit(sql, ctx, "password.link", "user:" + std::to_string(id));
  });
  ctx.flash(N_("A link to choose a new password was sent."));
  return Response::redirect("/admin/users/" + std::to_string(id));
}

namespace {
Response show_organisations(RequestContext& ctx, const FormErrors& errors, int status) {
  Page page(ctx, "accounts/admin_organisations.tpl", N_("Organisations"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  soci::rowset<soci::row> rs =
      (sql.prepare << "SELECT o.id, o.name, COALESCE(o.postal_code, ''), (SELECT COUNT(*) FROM memberships m WHERE "
                      "m.organisation_id = o.id) FROM organisations o ORDER BY o.name");
  for (auto& r : rs) {
    auto* s = d.AddSectionDictionary("ORGANISATION");
    s->SetIntValue("ID", as_int(r, 0));
    s->SetValue("NAME", as_text(r, 1));
    auto pc = as_text(r, 2);
    s->SetValue("POSTAL_CODE", pc);
    if (!pc.empty()) {
      auto place = territory::locate(sql, pc);
      if (place) s->SetValue("PLACE", place->commune_name(ctx.lang) + " — " + place->bassin_name(ctx.lang));
    }
    s->SetIntValue("MEMBERS", as_int(r, 3));
  }
  echo_fields(ctx, d, {"name", "postal_code"});
  errors.show(ctx, d);
  return page.response(status);
}
}  // namespace

Response admin_organisations(RequestContext& ctx) { return show_organisations(ctx, {}, 200); }

Response admin_organisation_create(RequestContext& ctx) {
  std::string name = clean_text(ctx.f("name"));
  std::string pc = clean_text(ctx.f("postal_code"));
  FormErrors errors;
  if (name.empty()) errors.add("name", N_("Enter the organisation's name."));
  else if (name.size() > 300) errors.add("name", N_("The name must be at most 300 characters long."));
  if (!pc.empty()) {
    soci::session sql(ctx.app.db.pool());
    if (!territory::locate(sql, pc)) errors.add("postal_code", N_("This is not a postal code of the Brussels-Capital Region."));
  }
  if (!errors.empty()) return show_organisations(ctx, errors, 422);
  ctx.app.db.transact([&](soci::session& sql) {
    auto id = create_organisation(sql, name, pc);
    audit(sql, ctx, "organisation.create", "organisation:" + std::to_string(id), name);
  });
  ctx.flash(N_("The organisation is created."));
  return Response::redirect("/admin/organisations");
}

}  // namespace maillage::accounts

namespace maillage::accounts {

Response coordination(RequestContext& ctx) {
  Page page(ctx, "accounts/coordination.tpl", N_("Coordination"));
  auto& d = page.dict();
  soci::session sql(ctx.app.db.pool());
  // The bassins this coordinator covers; a regional coordinator or an administrator covers them all.
  std::set<std::string> scope;
  bool region = ctx.user->is_admin();
  for (auto& g : ctx.user->grants) {
    if (g.role != "coordinator") continue;
    if (g.scope_type == "region") region = true;
    if (g.scope_type == "bassin") scope.insert(g.scope_id);
  }
  // Who coordinates each organisation, read once for the page.
  std::map<std::int64_t, std::string> coordinators;
  {
    soci::rowset<soci::row> rs = (sql.prepare << "SELECT m.organisation_id, u.name FROM memberships m JOIN users u ON u.id = "
                                                 "m.user_id WHERE m.role = 'coordinator' AND u.disabled = 0 ORDER BY u.name");
    for (auto& r : rs) {
      auto& names = coordinators[as_int(r, 0)];
      names += (names.empty() ? "" : ", ") + as_text(r, 1);
    }
  }
  for (auto& b : territory::list_bassins(sql)) {
    if (!region && !scope.count(b.slug)) continue;
    auto* s = d.AddSectionDictionary("BASSIN");
    s->SetValue("NAME", b.name(ctx.lang));
    soci::rowset<soci::row> rs =
        (sql.prepare << "SELECT o.id, o.name, o.postal_code, (SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = "
                        "o.id), (SELECT COUNT(*) FROM memberships m WHERE m.organisation_id = o.id AND m.role = "
                        "'coordinator') FROM organisations o JOIN postal_codes p ON p.code = o.postal_code WHERE "
                        "p.bassin_slug = :b ORDER BY o.name",
         soci::use(b.slug));
    int n = 0;
    for (auto& r : rs) {
      ++n;
      auto* o = s->AddSectionDictionary("ORGANISATION");
      o->SetValue("NAME", as_text(r, 1));
      o->SetValue("POSTAL_CODE", as_text(r, 2));
      o->SetIntValue("MEMBERS", as_int(r, 3));
      o->SetValue("COORDINATORS", coordinators[as_int(r, 0)]);
      if (as_int(r, 4) == 0) o->ShowSection("NO_COORDINATOR");
    }
    s->SetIntValue("COUNT", n);
    if (!n) s->ShowSection("EMPTY");
  }
  return page.response();
}

}  // namespace maillage::accounts
