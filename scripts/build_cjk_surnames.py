"""Build lint/detection/data/cjk_surnames.txt: surnames that open a name written in
Chinese, Japanese or Korean script.

    pip install --target /tmp/ndlib names-dataset regex
    PYTHONPATH=/tmp/ndlib python scripts/build_cjk_surnames.py

Single-character Chinese surnames and Korean ones are not in names-dataset (its data
splits names at spaces), so the commonest are listed here, as every census lists them:
the hundred commonest Chinese surnames in simplified and traditional characters and the
commonest Korean ones, which together cover most people of either country. The two- and
three-character surnames (Japanese: 佐藤, 高橋; Chinese compound: 欧阳) come from
names-dataset, those ranked in the top 2,000 of some country.
"""

import sys
from pathlib import Path

import regex
from names_dataset import NameDataset

CHINESE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
    # the same in traditional characters, where they differ
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔錢嚴湯"
)
KOREAN = (
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
TOP_RANK = 2000
_COMPOUND = regex.compile(r"[\p{Han}々]{2,3}")


def main(target: Path) -> None:
    dataset = NameDataset()
    compound = set()
    for name, info in dataset.last_names.items():
        ranks = [rank for rank in (info.get("rank") or {}).values() if rank]
        if _COMPOUND.fullmatch(name) and ranks and min(ranks) <= TOP_RANK:
            compound.add(name)
    names = sorted(set(CHINESE) | set(KOREAN) | compound)
    target.write_text(
        "# Surnames that open a CJK name. Rebuilt by scripts/build_cjk_surnames.py.\n"
        + "\n".join(names)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} surnames -> {target}")


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parent.parent / "lint" / "detection" / "data" / "cjk_surnames.txt"
    )
