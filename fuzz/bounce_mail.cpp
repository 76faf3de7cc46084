// Mail that comes back from outside (`POST /api/newsletters/bounces`, `maillage ingest-bounces`): any bytes read
// as a message and as a bounce, within the reader's bounds, and what the reading says is consistent.
#include <functional>

#include "fuzz_target.hpp"
#include "newsletters/bounces.hpp"
#include "platform/mail_reader.hpp"

MAILLAGE_FUZZ_TARGET(bounce_mail) {
  std::string raw(maillage::fuzz::as_text(data, size));
  if (auto mail = maillage::read_mail(raw)) {
    std::size_t parts = 0;
    std::function<void(const maillage::MailPart&, int)> walk = [&](const maillage::MailPart& p, int depth) {
      MAILLAGE_FUZZ_CHECK(depth <= maillage::kMaxMailDepth + 1);
      MAILLAGE_FUZZ_CHECK(!p.content_type.empty());
      for (auto& child : p.parts) {
        ++parts;
        walk(child, depth + 1);
      }
    };
    walk(*mail, 0);
    MAILLAGE_FUZZ_CHECK(parts <= maillage::kMaxMailParts);
  }
  maillage::read_field_blocks(raw);
  auto reading = maillage::newsletters::read_bounce(raw);
  using maillage::newsletters::BounceKind;
  if (!reading.readable) MAILLAGE_FUZZ_CHECK(reading.kind == BounceKind::None && !reading.standard);
  MAILLAGE_FUZZ_CHECK(reading.diagnostic.size() <= 300);
  if (!reading.status.empty()) MAILLAGE_FUZZ_CHECK(reading.status[0] == '4' || reading.status[0] == '5');
  if (reading.kind == BounceKind::Hard && !reading.status.empty()) MAILLAGE_FUZZ_CHECK(reading.status[0] == '5');
  for (auto& id : reading.original_message_ids) MAILLAGE_FUZZ_CHECK(!id.empty());
  return 0;
}
