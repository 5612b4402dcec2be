// The provenance stamp: SHA-256 against the FIPS 180-4 example vectors, SOURCE_DATE_EPOCH as the
// reproducible-builds convention writes it, ISO 8601 times, and what a reproducible stamp omits.
#include "runtime/provenance.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace ind::rt;

TEST_CASE("provenance: SHA-256 of the FIPS 180-4 examples")
{
   CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
   CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
   CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
   CHECK(sha256_hex(std::string(1000000, 'a')) ==
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
   // Bytes that are not text, a NUL among them, are hashed as they are (as sha256sum does).
   CHECK(sha256_hex(std::string("\0\xff", 2)) ==
         "06eb7d6a69ee19e5fbdf749018d3d2abfa04bcbd1365db312eb86dc7169389b8");
}

TEST_CASE("provenance: SHA-256 given in pieces equals the whole, and starts afresh")
{
   const std::string text = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
   sha256 h;
   for (std::size_t at = 0; at < text.size(); at += 7) {
      h.update(std::string_view(text).substr(at, 7));
   }
   CHECK(h.hex() == sha256_hex(text));
   h.update("abc");
   CHECK(h.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("provenance: SOURCE_DATE_EPOCH is a whole number of seconds or refused")
{
   CHECK(parse_source_date_epoch("0") == 0);
   CHECK(parse_source_date_epoch("1735689599") == 1735689599);
   CHECK(parse_source_date_epoch("0001735689599") == 1735689599);
   CHECK(parse_source_date_epoch("253402300799") == max_source_date_epoch);
   for (const char* bad : {"", " 1", "1 ", "+1", "-1", "1.5", "1e9", "0x10", "kemarin",
                           "253402300800", "99999999999999999999999999"}) {
      CAPTURE(bad);
      CHECK_FALSE(parse_source_date_epoch(bad));
   }
}

TEST_CASE("provenance: times are ISO 8601 in UTC")
{
   CHECK(iso8601_utc(0) == "1970-01-01T00:00:00Z");
   CHECK(iso8601_utc(951782400) == "2000-02-29T00:00:00Z");
   CHECK(iso8601_utc(1735689599) == "2024-12-31T23:59:59Z");
   CHECK(iso8601_utc(max_source_date_epoch) == "9999-12-31T23:59:59Z");
}

TEST_CASE("provenance: a reproducible stamp has no commit and the time it is given")
{
   const provenance wall = start_provenance({});
   CHECK(wall.version == ind_version());
   CHECK(wall.commit == ind_commit());
   REQUIRE(wall.time);
   CHECK(wall.time->size() == 20);

   const provenance epoch = start_provenance({true, stamp_clock::source_date_epoch, 86400});
   CHECK(epoch.commit.empty());
   CHECK(epoch.time == "1970-01-02T00:00:00Z");

   const provenance none = start_provenance({true, stamp_clock::none, 0});
   CHECK(none.commit.empty());
   CHECK_FALSE(none.time);
}

TEST_CASE("provenance: each file is listed once, with the hash of its bytes")
{
   provenance p;
   p.add(input_file::kind::rules, "rules/a.ind", "abc");
   p.add(input_file::kind::module, "stdlib/ipasn.ind", "", "1");
   p.add(input_file::kind::data, "rules/a.ind", "other bytes");
   p.add_digest(input_file::kind::data, "roster.csv", std::string(64, '0'));
   REQUIRE(p.files.size() == 3);
   CHECK(p.files[0].sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
   CHECK(p.files[1].stdlib_version == "1");
   CHECK(std::string(kind_name(p.files[1].what)) == "modul");
   CHECK(p.files[2].path == "roster.csv");
}
