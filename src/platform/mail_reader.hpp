// Reading mail that comes back (delivery status notifications, bounces): a message's header fields and its MIME
// parts, bodies decoded from base64 or quoted-printable. Tolerant (mail servers write what they like) and bounded:
// a text that is not a message reads as nothing, never as an exception.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/ascii.hpp"

namespace maillage {

using HeaderFields = std::vector<std::pair<std::string, std::string>>;  // lower-case names, unfolded values

// The first value of a field ("" when absent).
std::string header_value(const HeaderFields& fields, std::string_view lower_name);

struct MailPart {
  HeaderFields headers;
  std::string content_type = "text/plain";  // lower-case type/subtype
  std::string body;                         // decoded (base64, quoted-printable); a multipart's preamble
  std::vector<MailPart> parts;              // a multipart's parts, or the one message of a message/rfc822
  std::string header(std::string_view lower_name) const { return header_value(headers, lower_name); }
  // A parameter of the Content-Type field ("boundary", "report-type"), "" when absent.
  std::string type_parameter(std::string_view lower_name) const;
};

// Limits: kMaxMailBytes read at most, parts nested kMaxMailDepth deep, kMaxMailParts parts in all.
constexpr std::size_t kMaxMailBytes = 4 * 1024 * 1024;
constexpr int kMaxMailDepth = 8;
constexpr std::size_t kMaxMailParts = 200;

// nullopt when the text does not start with header fields (not a mail message).
std::optional<MailPart> read_mail(std::string_view raw);
// Header field blocks separated by blank lines, as the body of a message/delivery-status (RFC 3464: the fields of
// the message, then one block per recipient).
std::vector<HeaderFields> read_field_blocks(std::string_view text);

}  // namespace maillage
