#include "platform/dictionary.hpp"

#include <charconv>
#include <cstddef>
#include <cstring>
#include <new>
#include <vector>

namespace ctemplate {
// Exported by libctemplate and a friend of TemplateString: its id (a hash of the text, computed once for names
// made by tpl_name or parsed from templates). Not declared at namespace scope by the header.
TemplateId GlobalIdForSTS_INIT(const TemplateString& s);
}  // namespace ctemplate

namespace maillage {

// A root's blocks: the copies of values, the sub-dictionaries and their lists. Freed together with the root;
// what they hold owns nothing, so no destructor runs for them.
struct Dictionary::Storage {
  static constexpr std::size_t kBlock = 16 * 1024;
  std::vector<std::unique_ptr<std::byte[]>> blocks;  // storage for the objects placed in them
  char* next = nullptr;
  std::size_t left = 0;

  static std::size_t padding(const char* at, std::size_t align) {  // align: a power of two
    return (0 - reinterpret_cast<std::uintptr_t>(at)) & (align - 1);
  }
  void* allocate(std::size_t n, std::size_t align) {
    std::size_t pad = padding(next, align);
    if (n + pad > left) {
      if (n + align > kBlock / 4) {  // a long value (a result card's HTML) gets a block of its own
        blocks.emplace_back(new std::byte[n + align]);
        char* at = reinterpret_cast<char*>(blocks.back().get());
        return at + padding(at, align);
      }
      blocks.emplace_back(new std::byte[kBlock]);
      next = reinterpret_cast<char*>(blocks.back().get());
      left = kBlock;
      pad = padding(next, align);
    }
    char* at = next + pad;
    next += n + pad;
    left -= n + pad;
    return at;
  }
  template <class T, class... A>
  T* make(A&&... args) {
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<A>(args)...};
  }
  const char* copy(const char* text, std::size_t n) {
    char* at = static_cast<char*>(allocate(n + 1, 1));
    if (n) std::memcpy(at, text, n);
    at[n] = '\0';
    return at;
  }
};

class Dictionary::ChildIterator final : public ctemplate::TemplateDictionaryInterface::Iterator {
 public:
  explicit ChildIterator(const Dictionary* first) : at_(first) {}
  bool HasNext() const override { return at_ != nullptr; }
  const TemplateDictionaryInterface& Next() override {
    const Dictionary* d = at_;
    at_ = at_->next_;
    return *d;
  }

 private:
  const Dictionary* at_;
};

Dictionary::Dictionary(const char*) : owned_(std::make_unique<Storage>()), storage_(owned_.get()), parent_(nullptr), root_(this) {}

Dictionary::Dictionary(Storage* storage, const Dictionary* parent, Dictionary* root)
    : storage_(storage), parent_(parent), root_(root) {}

Dictionary::~Dictionary() = default;

Dictionary::Id Dictionary::id_of(const Text& name) { return ctemplate::GlobalIdForSTS_INIT(name); }

Dictionary* Dictionary::make_child(const Dictionary* parent) {
  return new (storage_->allocate(sizeof(Dictionary), alignof(Dictionary))) Dictionary(storage_, parent, root_);
}

Dictionary& Dictionary::template_globals() {
  // A child of the root, as ctemplate's: a template-global section sees the root's values too.
  if (!root_->template_globals_) root_->template_globals_ = make_child(root_);
  return *root_->template_globals_;
}

const Dictionary::Value* Dictionary::find_value(Id id) const {
  for (const Value* v = values_; v; v = v->next)
    if (v->id == id) return v;
  return nullptr;
}

const Dictionary::Children* Dictionary::find(const Children* list, Id id) {
  for (; list; list = list->next)
    if (list->id == id) return list;
  return nullptr;
}

Dictionary::Children& Dictionary::children(Children*& list, Id id) {
  for (Children* c = list; c; c = c->next)
    if (c->id == id) return *c;
  list = storage_->make<Children>(id, nullptr, nullptr, list);
  return *list;
}

void Dictionary::set(const Text& variable, const char* text, std::size_t size) {
  const Id id = id_of(variable);
  for (Value* v = values_; v; v = v->next)
    if (v->id == id) {
      v->text = text;
      v->size = size;
      return;
    }
  values_ = storage_->make<Value>(id, text, size, values_);
}

void Dictionary::SetValue(const Text& variable, const Text& value) {
  set(variable, storage_->copy(value.data(), value.size()), value.size());
}

void Dictionary::SetValueWithoutCopy(const Text& variable, const Text& value) { set(variable, value.data(), value.size()); }

void Dictionary::SetIntValue(const Text& variable, long value) {
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, value).ptr;
  SetValue(variable, Text(buf, static_cast<std::size_t>(end - buf)));
}

void Dictionary::SetValueAndShowSection(const Text& variable, const Text& value, const Text& section) {
  if (value.empty()) return;
  AddSectionDictionary(section)->SetValue(variable, value);
}

void Dictionary::ShowSection(const Text& section) {
  auto& c = children(sections_, id_of(section));
  if (!c.first) c.first = c.last = make_child(this);
}

Dictionary* Dictionary::append(Children& c, const Dictionary* parent) {
  Dictionary* d = make_child(parent);
  (c.last ? c.last->next_ : c.first) = d;
  c.last = d;
  return d;
}

Dictionary* Dictionary::AddSectionDictionary(const Text& section) { return append(children(sections_, id_of(section)), this); }

// No parent: an included template sees only its own values (and the template-global ones).
Dictionary* Dictionary::AddIncludeDictionary(const Text& include) { return append(children(includes_, id_of(include)), nullptr); }

void Dictionary::SetFilename(const Text& filename) { filename_ = storage_->copy(filename.data(), filename.size()); }

void Dictionary::SetTemplateGlobalValue(const Text& variable, const Text& value) { template_globals().SetValue(variable, value); }

void Dictionary::ShowTemplateGlobalSection(const Text& section) { template_globals().ShowSection(section); }

Dictionary::Text Dictionary::GetValue(const Text& variable) const {
  const Id id = id_of(variable);
  for (const Dictionary* d = this; d; d = d->parent_)
    if (auto* v = d->find_value(id)) return Text(v->text, v->size);
  if (const Dictionary* globals = root_->template_globals_)
    if (auto* v = globals->find_value(id)) return Text(v->text, v->size);
  // ctemplate's built-in global values.
  static const Id space = id_of(Text("BI_SPACE")), newline = id_of(Text("BI_NEWLINE"));
  if (id == space) return Text(" ", 1);
  if (id == newline) return Text("\n", 1);
  return Text("", 0);
}

const Dictionary::Children* Dictionary::section_of(Id id) const {
  for (const Dictionary* d = this; d; d = d->parent_)
    if (auto* c = find(d->sections_, id)) return c;
  const Dictionary* globals = root_->template_globals_;
  return globals ? find(globals->sections_, id) : nullptr;
}

const Dictionary::Children* Dictionary::include_of(Id id) const {
  for (const Dictionary* d = this; d; d = d->parent_)
    if (auto* c = find(d->includes_, id)) return c;
  return nullptr;
}

bool Dictionary::IsHiddenSection(const Text& name) const { return !section_of(id_of(name)); }

bool Dictionary::IsHiddenTemplate(const Text& name) const { return !include_of(id_of(name)); }

const char* Dictionary::GetIncludeTemplateName(const Text& variable, int dictnum) const {
  const Children* c = include_of(id_of(variable));
  const Dictionary* at = c ? c->first : nullptr;
  for (int i = 0; at && i < dictnum; ++i) at = at->next_;
  return at && at->filename_ ? at->filename_ : "";
}

ctemplate::TemplateDictionaryInterface::Iterator* Dictionary::CreateTemplateIterator(const Text& section) const {
  const Children* c = include_of(id_of(section));
  return new ChildIterator(c ? c->first : nullptr);
}

ctemplate::TemplateDictionaryInterface::Iterator* Dictionary::CreateSectionIterator(const Text& section) const {
  const Children* c = section_of(id_of(section));
  return new ChildIterator(c ? c->first : nullptr);
}

void Dictionary::DumpToString(std::string* out, int level) const {
  const std::string indent(static_cast<std::size_t>(level) * ctemplate::kIndent, ' ');
  for (const Value* v = values_; v; v = v->next)
    *out += indent + std::to_string(v->id) + " = " + std::string(v->text, v->size) + "\n";
  for (const Children* group : {sections_, includes_})
    for (const Children* c = group; c; c = c->next)
      for (const Dictionary* d = c->first; d; d = d->next_) {
        *out += indent + std::to_string(c->id) + " {\n";
        d->DumpToString(out, level + 1);
        *out += indent + "}\n";
      }
}

}  // namespace maillage
