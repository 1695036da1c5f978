"""Caselaw Access Project JSON (static files, volume metadata, zips, API shapes) -> records."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from casekit import DocumentKind, Extraction, PartialDate, PartyRole
from casekit.records import attorneys, load, load_cap, opinions
from casekit.records.cap import docket_numbers

FIXTURES = Path(__file__).parent / "fixtures" / "cap"
DATA = Path(__file__).parent / "data" / "records"


def one(name: str) -> Extraction:
    loaded = load_cap(FIXTURES / name)
    [record] = loaded.list()
    assert loaded.log.problems == []
    return record


def test_case_with_majority_and_dissent() -> None:
    e = one("a2d_100_0456-01.json")
    case = e.case
    assert case.id == e.document.id == "cap:8124836"
    assert case.caption == "Pennsylvania R. v. Newmyer"
    assert case.full_name == "PENNSYLVANIA R. CO. v. NEWMYER et al."
    assert case.docket_numbers == ("1380",)
    assert case.court is not None
    # the court index knows the Municipal Court of Appeals as today's D.C. Court of Appeals
    assert case.court.id == "dc"
    assert case.court.name == "District of Columbia Court of Appeals"
    assert case.court.jurisdiction == "District of Columbia"
    assert e.document.metadata["court_name"] == "District of Columbia Municipal Court of Appeals"
    assert [str(c) for c in case.citations] == ["Pennsylvania R. v. Newmyer, 100 A.2d 456 (1953)"]
    assert [p.name for p in case.parties] == ["PENNSYLVANIA R. CO.", "NEWMYER"]
    [ruling] = case.rulings
    assert ruling.decided == PartialDate(year=1953, month=11, day=20)
    assert [(j.name, j.title) for j in ruling.judges] == [
        ("CAYTON", "Chief Judge"),
        ("HOOD", "Associate Judge"),
        ("QUINN", "Associate Judge"),
    ]
    majority, dissent = opinions(e)
    assert (majority.metadata["type"], majority.metadata["author"]) == (
        "majority",
        "HOOD, Associate Judge.",
    )
    assert (dissent.metadata["type"], dissent.metadata["author"]) == (
        "dissent",
        "CAYTON, Chief Judge",  # no final period in the source
    )
    assert majority.text.startswith("HOOD, Associate Judge.\nThis was a suit against a railroad")
    assert len(majority.text) == 7203 and len(dissent.text) == 1924
    assert dissent.text.startswith("CAYTON, Chief Judge\n(dissenting).")
    assert "such reports .are" in majority.text + dissent.text  # OCR noise kept as is
    assert e.document.text == majority.text + "\n\n" + dissent.text
    assert e.document.kind is DocumentKind.OPINION
    assert [(a.name, a.represents) for a in attorneys(e)] == [
        ("James C. McKay", "appellant"),
        ("Paul F. McArdle", "appellant"),
        ("Alvin L. Newmyer, Jr.", "appellees"),
    ]


def test_case_without_pagerank_and_attorney_list() -> None:
    e = one("a2d_100_0833-01.json")
    assert e.case.caption == "Clarke v. District of Columbia"
    assert e.case.rulings[0].decided == PartialDate.parse("1953-12-04")
    assert len(e.document.text) == 984
    assert [a.name for a in attorneys(e)] == [
        "Leonard S. Melrod",
        "Harold J. Nussbaum",
        "Hubert B. Pair",
        "Vernon E. West",
        "Chester H. Gray",
        "Harry L. Walker",
    ]


def test_peyton() -> None:
    e = one("a2d_100_0036-01.json")
    assert e.case.docket_numbers == ("1389",)
    assert e.document.text.startswith("QUINN, Associate Judge.\nDefendant was convicted")
    assert len(e.document.text) == 5611


def test_cases_metadata_lists_the_volume() -> None:
    loaded = load_cap(FIXTURES / "a2d_100_CasesMetadata.json")
    cases = [e.case for e in loaded]
    assert loaded.log.summary() == "read 9 records: 9 loaded, 0 reported"
    assert [c.caption for c in cases][:3] == [
        "Peyton v. District of Columbia",
        "Branson v. Harris",
        "United States v. Lewis",
    ]
    savage = cases[3]
    assert savage.docket_numbers == ("1383", "1384")  # "Nos. 1383, 1384"
    assert all(e.document.text == "" for e in load_cap(FIXTURES / "a2d_100_CasesMetadata.json"))
    # no casebody: parties come from the name
    assert [p.name for p in cases[0].parties] == ["PEYTON", "DISTRICT OF COLUMBIA"]


def test_flattened_double_encoded_record() -> None:
    e = one("hf_endomorphosis_flat_haw_12264781.json")
    assert e.case.id == "cap:12264781"
    assert e.case.caption == "Poe v. Hawai'i Labor Relations Bd."
    assert e.case.docket_numbers == ("24313",)
    assert e.case.court is not None and e.case.court.id == "haw"
    assert e.case.court.jurisdiction == "Hawaii"
    assert [str(c) for c in e.case.citations] == [
        "Poe v. Hawai'i Labor Relations Bd., 98 Haw. 506 (2002)"
    ]
    assert e.document.text == "Denied\n98 Hawai'i 416, 49 P.3d 382"


def test_volume_metadata_is_not_a_case() -> None:
    loaded = load_cap(FIXTURES / "a2d_100_VolumeMetadata.json")
    assert loaded.list() == []
    [problem] = loaded.log.problems
    assert "volume's metadata" in problem.reason


def test_partial_dates_and_api_shapes() -> None:
    loaded = load_cap(DATA / "cap_api_shapes.json")
    roe, pell = loaded.list()
    assert roe.case.rulings[0].decided == PartialDate(year=1931, month=2)
    assert str(roe.case.rulings[0].decided) == "1931-02"  # no day invented
    assert roe.document.published is None
    assert [(p.name, p.role) for p in roe.case.parties] == [
        ("JOHN ROE", PartyRole.APPELLANT),
        ("THE CITY OF EASTBROOK", PartyRole.APPELLEE),
    ]
    assert [(j.name, j.title) for j in roe.case.rulings[0].judges] == [
        ("Mauck", "P. J."),
        ("Middleton", "J."),
    ]
    assert pell.case.rulings[0].decided == PartialDate(year=1899)
    assert pell.document.text == "Exceptions overruled."  # html casebody, tags removed
    problems = {p.location: p.reason for p in loaded.log.problems}
    assert problems == {
        "record 3": "id: a case needs an id or a name",
        "record 4": "citations: must be a list, got 5",
        "record 5": "decision_date: not a date: 'January 1950'",
    }
    assert loaded.log.read == 5


def test_directory_and_zip(tmp_path: Path) -> None:
    volume = tmp_path / "100"
    (volume / "json").mkdir(parents=True)
    (volume / "metadata").mkdir()
    for name in ("0036-01", "0456-01", "0833-01"):
        shutil.copy(FIXTURES / f"a2d_100_{name}.json", volume / "json" / f"{name}.json")
    shutil.copy(FIXTURES / "a2d_100_CasesMetadata.json", volume / "metadata/CasesMetadata.json")
    shutil.copy(FIXTURES / "a2d_100_VolumeMetadata.json", volume / "metadata/VolumeMetadata.json")
    from_dir = load_cap(volume)
    captions = [e.case.caption for e in from_dir]
    assert captions == [
        "Peyton v. District of Columbia",
        "Pennsylvania R. v. Newmyer",
        "Clarke v. District of Columbia",
    ]
    assert from_dir.log.problems == []  # volume metadata skipped, case files win
    archive = tmp_path / "100.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted(volume.rglob("*.json")):
            z.write(path, path.relative_to(volume).as_posix())
        z.writestr("json/0999-01.json", '{"id": 1, "name": ')  # a broken member
    from_zip = load(archive)
    assert [e.case.caption for e in from_zip] == captions
    [problem] = from_zip.log.problems
    assert problem.source.endswith("100.zip!json/0999-01.json")


def test_zip_of_metadata_only(tmp_path: Path) -> None:
    archive = tmp_path / "v.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(FIXTURES / "a2d_100_CasesMetadata.json", "metadata/CasesMetadata.json")
    assert len(load_cap(archive).list()) == 9


def test_not_a_zip(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    loaded = load_cap(bad)
    assert loaded.list() == [] and "not a readable zip" in loaded.log.problems[0].reason


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("No. 1380", ("1380",)),
        ("Nos. 1383, 1384", ("1383", "1384")),
        ("[No. 71532-1-I.", ("71532-1-I",)),
        ("Docket No. 31,905", ("31,905",)),
        ("Nos. 12 and 13", ("12", "13")),
        ("24313", ("24313",)),
        ("", ()),
    ],
)
def test_docket_numbers(text: str, numbers: tuple[str, ...]) -> None:
    assert docket_numbers(text) == numbers


def test_json_roundtrip_of_loaded_case() -> None:
    import casekit

    e = one("a2d_100_0456-01.json")
    again = casekit.from_json(casekit.to_json(e), Extraction)
    assert again == e
    assert json.loads(casekit.to_json(e))["case"]["rulings"][0]["decided"] == "1953-11-20"
