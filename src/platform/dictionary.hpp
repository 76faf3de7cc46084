// The values a template is expanded with. The same calls and the same lookup rules as ctemplate's
// TemplateDictionary (a section's dictionary sees its parents' values, an include's does not; template-global
// values and sections are seen everywhere; BI_SPACE and BI_NEWLINE), without what a page paid for them:
// ctemplate names every sub-dictionary with snprintf for its debugging dumps (14% of a directory results page's
// instructions, 82 sub-dictionaries a page) and registers every name in a global, locked table.
//
// A root owns everything its sub-dictionaries hold: values are copied once into its blocks (or not at all with
// SetValueWithoutCopy), sub-dictionaries live as long as the root.
#pragma once
#include <ctemplate/template_dictionary_interface.h>
#include <ctemplate/template_string.h>

#include <cstdint>
#include <memory>
#include <string>

namespace maillage {

class Dictionary final : public ctemplate::TemplateDictionaryInterface {
 public:
  using Text = ctemplate::TemplateString;

  // A root (the name is for the reader of the code: ctemplate only used it in dumps).
  explicit Dictionary(const char* name = "");
  ~Dictionary() override;
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  void SetValue(const Text& variable, const Text& value);
  // The value is not copied: it must outlive the expansion (a cached fragment held by the caller).
  void SetValueWithoutCopy(const Text& variable, const Text& value);
  void SetValueWithoutCopy(const Text& variable, std::string&& value) = delete;  // a temporary would dangle
  void SetIntValue(const Text& variable, long value);
  // Nothing when the value is empty; otherwise one dictionary of the section holding the value.
  void SetValueAndShowSection(const Text& variable, const Text& value, const Text& section);
  // The section shown once (with this dictionary's values) unless it already has dictionaries.
  void ShowSection(const Text& section);
  // One more repetition of the section, seeing this dictionary's values.
  Dictionary* AddSectionDictionary(const Text& section);
  // An included template's dictionary: it sees only its own values and the template-global ones.
  Dictionary* AddIncludeDictionary(const Text& include);
  void SetFilename(const Text& filename);
  // Seen by every template of the expansion, includes too.
  void SetTemplateGlobalValue(const Text& variable, const Text& value);
  void ShowTemplateGlobalSection(const Text& section);

 protected:
  // What ctemplate's expansion asks.
  Text GetValue(const Text& variable) const override;
  bool IsHiddenSection(const Text& name) const override;
  bool IsUnhiddenSection(const Text& name) const override { return !IsHiddenSection(name); }
  bool IsHiddenTemplate(const Text& name) const override;
  const char* GetIncludeTemplateName(const Text& variable, int dictnum) const override;
  Iterator* CreateTemplateIterator(const Text& section) const override;
  Iterator* CreateSectionIterator(const Text& section) const override;
  void DumpToString(std::string* out, int level) const override;

 private:
  struct Storage;
  using Id = std::uint64_t;
  // Everything below a root lives in the root's blocks, in lists: nothing is freed one by one, nothing grows.
  struct Value {
    Id id;
    const char* text;
    std::size_t size;
    Value* next;
  };
  struct Children {  // one section's (or include's) dictionaries, in the order added
    Id id;
    Dictionary* first;
    Dictionary* last;
    Children* next;
  };
  class ChildIterator;

  Dictionary(Storage* storage, const Dictionary* parent, Dictionary* root);
  static Id id_of(const Text& name);
  Dictionary* make_child(const Dictionary* parent);
  Dictionary& template_globals();
  const Value* find_value(Id id) const;
  static const Children* find(const Children* list, Id id);
  // A section's dictionaries seen from here (this one, its parents, then the template-global ones); an include's.
  const Children* section_of(Id id) const;
  const Children* include_of(Id id) const;
  Children& children(Children*& list, Id id);
  Dictionary* append(Children& c, const Dictionary* parent);  // one more dictionary of the list
  void set(const Text& variable, const char* text, std::size_t size);

  std::unique_ptr<Storage> owned_;  // a root's
  Storage* storage_;
  const Dictionary* parent_;  // a section's enclosing dictionary; none for a root or an include
  Dictionary* root_;          // holds the template-global dictionary
  Value* values_ = nullptr;
  Children* sections_ = nullptr;
  Children* includes_ = nullptr;
  Dictionary* next_ = nullptr;  // the next dictionary of the same section
  const char* filename_ = nullptr;
  Dictionary* template_globals_ = nullptr;  // a root's, made on first use
};

}  // namespace maillage
