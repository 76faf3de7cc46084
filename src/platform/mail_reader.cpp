#include "platform/mail_reader.hpp"

#include <algorithm>
#include <cctype>

namespace maillage {


namespace {

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

bool valid_field_name(std::string_view name) {
  if (name.empty() || name.size() > 76) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127 && c != ':'; });
}

// Reads header fields from `text` at `pos` up to the blank line (or the end); `pos` is left at the body. False
// when the first line is no header field.
bool read_fields(std::string_view text, std::size_t& pos, HeaderFields& out) {
  bool first = true;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (line.empty()) {
      pos = next;
      return !first;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !out.empty()) {
      out.back().second += " " + trim(line);
    } else if (first && line.rfind("From ", 0) == 0) {
      // an mbox separator before the message
    } else {
      auto colon = line.find(':');
      if (colon == std::string_view::npos || !valid_field_name(line.substr(0, colon))) {
        if (first) return false;
        return true;  // a line that is no field: the body starts here (tolerated)
      }
      out.emplace_back(ascii_lower(std::string(line.substr(0, colon))), trim(line.substr(colon + 1)));
      first = false;
    }
    pos = next;
  }
  return !first;
}

int base64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string decode_base64(std::string_view s) {
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : s) {
    int v = base64_value(c);
    if (v < 0) continue;  // line breaks, padding, stray characters
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string decode_quoted_printable(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '=') {
      out += s[i];
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '\n') {  // soft line break
      ++i;
      continue;
    }
    if (i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
      continue;
    }
    out += '=';
  }
  return out;
}

// Splits "type/subtype; a=b; c=\"d;e\"" on the semicolons that are not quoted.
std::vector<std::string> split_parameters(std::string_view value) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (char c : value) {
    if (c == '"') quoted = !quoted;
    if (c == ';' && !quoted) {
      out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(trim(cur));
  return out;
}

bool is_embedded_message(const std::string& type) {
  return type == "message/rfc822" || type == "message/global" || type == "text/rfc822-headers" ||
         type == "message/global-headers";
}

struct Reader {
  std::size_t parts = 0;

  void read_body(MailPart& part, std::string_view body, int depth) {
    if (part.content_type.rfind("multipart/", 0) == 0) {
      std::string boundary = part.type_parameter("boundary");
      if (!boundary.empty() && depth < kMaxMailDepth) {
        split(part, body, "--" + boundary, depth);
        return;
      }
    }
    std::string encoding = ascii_lower(part.header("content-transfer-encoding"));
    if (encoding == "base64") part.body = decode_base64(body);
    else if (encoding == "quoted-printable") part.body = decode_quoted_printable(body);
    else part.body = std::string(body);
    if (is_embedded_message(part.content_type) && depth < kMaxMailDepth && parts < kMaxMailParts) {
      if (auto inner = read(part.body, depth + 1)) part.parts.push_back(std::move(*inner));
    }
  }

  void split(MailPart& part, std::string_view body, const std::string& delimiter, int depth) {
    std::size_t pos = 0;
    std::size_t start = std::string_view::npos;  // where the current part's text begins
    bool preamble = true;
    while (pos <= body.size()) {
      auto end = body.find('\n', pos);
      std::string_view line = body.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
      std::string t = trim(line);
      bool closing = t == delimiter + "--";
      if (t == delimiter || closing) {
        std::size_t text_end = pos > 0 ? pos - 1 : 0;  // the line break before the delimiter belongs to it
        if (preamble) part.body = std::string(body.substr(0, text_end));
        else if (start != std::string_view::npos && start <= text_end && parts < kMaxMailParts) {
          if (auto child = read(body.substr(start, text_end - start), depth + 1, true)) part.parts.push_back(std::move(*child));
        }
        preamble = false;
        if (closing) return;
        start = end == std::string_view::npos ? body.size() : end + 1;
      }
      if (end == std::string_view::npos) break;
      pos = end + 1;
    }
    // No closing delimiter (a truncated message): the last part runs to the end.
    if (!preamble && start < body.size() && parts < kMaxMailParts)
      if (auto child = read(body.substr(start), depth + 1, true)) part.parts.push_back(std::move(*child));
  }

  // A part of a multipart may have no header fields at all (then it is text/plain).
  std::optional<MailPart> read(std::string_view text, int depth, bool headers_optional = false) {
    ++parts;
    MailPart part;
    std::size_t pos = 0;
    if (!read_fields(text, pos, part.headers)) {
      if (!headers_optional) return std::nullopt;
      part.headers.clear();
      pos = !text.empty() && text[0] == '\n' ? 1 : 0;
    }
    std::string type = part.header("content-type");
    if (!type.empty()) {
      auto pieces = split_parameters(type);
      if (!pieces.empty() && pieces[0].find('/') != std::string::npos) part.content_type = ascii_lower(pieces[0]);
    }
    read_body(part, text.substr(std::min(pos, text.size())), depth);
    return part;
  }
};

}  // namespace

std::string header_value(const HeaderFields& fields, std::string_view lower_name) {
  for (auto& [name, value] : fields)
    if (name == lower_name) return value;
  return "";
}

std::string MailPart::type_parameter(std::string_view lower_name) const {
  auto pieces = split_parameters(header("content-type"));
  for (std::size_t i = 1; i < pieces.size(); ++i) {
    auto eq = pieces[i].find('=');
    if (eq == std::string::npos || ascii_lower(trim(std::string_view(pieces[i]).substr(0, eq))) != lower_name) continue;
    std::string v = trim(std::string_view(pieces[i]).substr(eq + 1));
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    return v;
  }
  return "";
}

std::optional<MailPart> read_mail(std::string_view raw) {
  if (raw.size() > kMaxMailBytes) raw = raw.substr(0, kMaxMailBytes);
  std::string text;
  text.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i)
    if (!(raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')) text += raw[i];
  Reader reader;
  return reader.read(text, 0);
}

std::vector<HeaderFields> read_field_blocks(std::string_view raw) {
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i)
    if (raw[i] != '\r') text += raw[i];
  std::vector<HeaderFields> out;
  std::size_t pos = 0;
  while (pos < text.size() && out.size() < kMaxMailParts) {
    while (pos < text.size() && text[pos] == '\n') ++pos;  // blank lines between blocks
    if (pos >= text.size()) break;
    HeaderFields block;
    std::size_t before = pos;
    if (!read_fields(text, pos, block)) {
      // A line that is no field: skip it.
      auto end = text.find('\n', before);
      pos = end == std::string::npos ? text.size() : end + 1;
      continue;
    }
    if (pos == before) break;
    out.push_back(std::move(block));
  }
  return out;
}

}  // namespace maillage
