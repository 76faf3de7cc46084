-- The access log of a protected record (platform/protected_records.hpp): who read a helpdesk request (and
-- later a concertation's situation or a caseload file) is one look-up by target.
CREATE INDEX audit_log_target ON audit_log (target, at);
