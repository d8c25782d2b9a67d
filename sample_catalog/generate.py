"""Generate the sample catalog: products.jsonl.gz (import format) and ground_truth.jsonl.gz.

Deterministic: a fixed seed, ordered tables and gzip with mtime 0, so running it again gives
byte-identical files. Standard library only.

    python sample_catalog/generate.py            # writes next to this script
    python sample_catalog/generate.py --out DIR  # writes into DIR
"""

# The vocabulary and spec tables are laid out by hand for reading, one entry per line group.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20240611
# Spec counts are relative weights; this brings the catalog to about 2,400 listings.
SCALE = 0.76
IMAGE_BASE = "https://images.example.com/products"

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

PALETTE = [
    "Black", "White", "Navy", "Grey", "Charcoal", "Olive", "Khaki", "Brown", "Tan", "Red",
    "Burgundy", "Blue", "Sky Blue", "Teal", "Forest Green", "Sage", "Mustard", "Orange",
    "Pink", "Lavender", "Purple", "Beige", "Cream", "Silver", "Graphite", "Rust", "Slate",
]  # fmt: skip
COLOR_CODES = {
    "Black": "BLK", "White": "WHT", "Navy": "NVY", "Grey": "GRY", "Charcoal": "CHR", "Olive": "OLV",
    "Khaki": "KHK", "Brown": "BRN", "Tan": "TAN", "Red": "RED", "Burgundy": "BRG", "Blue": "BLU",
    "Sky Blue": "SKY", "Teal": "TEA", "Forest Green": "FGR", "Sage": "SAG", "Mustard": "MST",
    "Orange": "ORG", "Pink": "PNK", "Lavender": "LAV", "Purple": "PRP", "Beige": "BEI",
    "Cream": "CRM", "Silver": "SLV", "Graphite": "GPH", "Rust": "RST", "Slate": "SLT",
}  # fmt: skip
EARTH = ["Brown", "Tan", "Olive", "Grey", "Black", "Charcoal", "Khaki", "Slate", "Rust", "Navy"]
NEUTRAL = ["Black", "White", "Grey", "Silver", "Graphite", "Navy", "Charcoal"]
BRIGHT = ["Red", "Blue", "Teal", "Orange", "Pink", "Purple", "Sky Blue", "Mustard", "Forest Green"]

MODEL_WORDS = [
    "Ridgeline", "Summit", "Vista", "Cascade", "Alpine", "Timber", "Canyon", "Granite", "Horizon",
    "Meridian", "Ember", "Harbor", "Juniper", "Sierra", "Tundra", "Aspen", "Boulder", "Cirrus",
    "Drift", "Echo", "Falcon", "Glacier", "Haven", "Ion", "Kestrel", "Lumen", "Mesa", "Nimbus",
    "Orbit", "Pioneer", "Quarry", "Rover", "Solstice", "Talus", "Vertex", "Willow", "Zephyr",
    "Atlas", "Beacon", "Comet", "Delta", "Everest", "Fjord", "Grove", "Halo", "Inlet", "Jasper",
    "Kodiak", "Lark", "Monarch", "Nova", "Onyx", "Pulse", "Quill", "Rook", "Sable", "Tempo",
    "Ursa", "Vale", "Wren", "Axis", "Bravo", "Crest", "Dune", "Eclipse", "Flint", "Gale",
    "Hollow", "Iris", "Kinetic", "Ledge", "Mist", "North", "Opal", "Pine", "Riff", "Spruce",
    "Terra", "Union", "Vector", "Wave", "Arc", "Basin", "Cove", "Dawn", "Fable", "Glide",
    "Heron", "Koda", "Loop", "Maple", "Nomad", "Oasis", "Prairie", "Ranger", "Scout", "Trek",
    "Voyager", "Wilder", "Bolt", "Cinder", "Dash", "Fern", "Swift", "Strider", "Cobalt",
]  # fmt: skip
MODEL_SUFFIXES = ["", "", "", "", "2", "3", "II", "Pro", "Lite", "Plus", "X", "Max", "Mid", "Air", "Classic"]

SHARED_BRANDS = {
    "Northpeak": ["Footwear", "Outdoor", "Apparel", "Luggage & Travel"],
    "Homestead & Co.": ["Home", "Kitchen", "Garden"],
    "Voltway": ["Electronics", "Automotive", "Office", "Tools & Hardware"],
    "Everyday Basics": ["Apparel", "Home", "Kitchen", "Office", "Pets", "Beauty"],
    "Pebble & Pine": ["Toys", "Baby", "Home"],
    "Stridewell": ["Footwear", "Sports", "Apparel"],
}

BRANDS = {
    "Footwear": ["Trailcrest", "Granitefoot", "Morrow & Vale", "Ashby Footwear", "Kinetik",
                 "Solewise", "Backcountry Cobbler", "Ferro Works", "Ashgrove", "Lighthoof"],
    "Outdoor": ["Trailcrest", "Campfire Supply", "Wildmere", "Ursa Gear", "Cairnline", "Lodgepole",
                "Driftwood Outfitters", "Summit Forge", "Bluegill & Co."],
    "Apparel": ["Wildmere", "Thread & Timber", "Cobblestone", "Merinova", "Urban Loom", "Halcyon Wear",
                "Raincloud", "Denim Republic", "Fieldwork"],
    "Electronics": ["Sonara", "Pixelon", "Audiant", "Kirra", "Zentek", "Lumio", "Corelink", "Boltwave",
                    "Quietone", "Tapkey"],
    "Home": ["Loomhaven", "Softnest", "Brightwell", "Dwellcraft", "Sweepwise", "Nordhus", "Linen Lane"],
    "Kitchen": ["Copperleaf", "Hearthstone", "Brewmark", "Kettleworth", "Cutwell", "Panterra",
                "Morning Ritual", "Blendwell"],
    "Beauty": ["Lumiere Botanics", "Dewdrop", "Clearleaf", "Velvet Theory", "Saltwater Skin",
               "Mane & Co.", "Aurelle"],
    "Toys": ["Brickwise", "Tinker Town", "Puzzlewood", "Cuddle Cove", "Gamenight Co.", "Zoomkid"],
    "Sports": ["Flexcore", "Ironform", "Pedalpro", "Goalside", "Aquaform", "Zenmat", "Velomax"],
    "Office": ["Deskcraft", "Inkwell & Quire", "Posturely", "Workwise", "Paperbark"],
    "Pets": ["Happy Tails", "Whiskerwood", "Barkley & Co.", "Pawsome", "Kibblecraft"],
    "Garden": ["Greenthumb", "Rootstock", "Backyard Forge", "Mowell", "Terracotta Lane"],
    "Automotive": ["Roadmate", "Autoguard", "Glossline", "Torqued", "Dashview"],
    "Baby": ["Little Sprout", "Cradlewood", "Tandem Baby", "Nestling"],
    "Health & Personal Care": ["Brightsmile", "Wellform", "Calmtide", "Pulsewell"],
    "Luggage & Travel": ["Jetwise", "Wanderlane", "Carryall", "Passage"],
    "Tools & Hardware": ["Ironclad Tools", "Torqued", "Benchmark", "Handyman Supply"],
}  # fmt: skip

# Boolean features: attribute written for every product of a spec that lists the feature,
# words that may appear in the title, and description sentences.
FEATURES: dict[str, dict] = {
    "waterproof": dict(attr="waterproof", title=["Waterproof", "Waterproof", "WP"],
                       desc=["A waterproof, breathable membrane keeps water out while letting sweat escape.",
                             "Fully waterproof construction with sealed seams, so puddles and downpours stay outside.",
                             "Waterproof protection keeps you dry through rain, snow and stream crossings."]),
    "water resistant": dict(attr="water_resistance", yes="IPX4", no="none", title=["Water-Resistant", "Sweatproof"],
                            desc=["Rated water resistant, it shrugs off sweat, splashes and light rain."]),
    "insulated": dict(attr="insulated", title=["Insulated", "Thermal"],
                      desc=["Lightweight insulation traps warmth on cold mornings without bulk.",
                            "Insulated for cold weather, it stays warm well below freezing."]),
    "steel toe": dict(attr="safety_toe", yes="steel", no="none", title=["Steel Toe", "Safety Toe"],
                      desc=["A steel safety toe protects against falling objects on the job site."]),
    "vegan": dict(attr="vegan", title=["Vegan"], desc=["Made without any animal-derived materials."]),
    "packable": dict(attr="packable", title=["Packable", "Packable"],
                     desc=["Packs down into its own pocket for travel.", "Stuffs into a small pouch when not needed."]),
    "hooded": dict(attr="hood", yes="yes", no="no", title=["Hooded"],
                   desc=["An adjustable hood keeps wind and rain off your face."]),
    "noise cancelling": dict(attr="noise_cancelling", title=["Noise Cancelling", "ANC", "Active Noise Cancelling"],
                             desc=["Active noise cancelling quiets engines, traffic and office chatter.",
                                   "Hybrid active noise cancellation blocks out low rumble on flights and trains."]),
    "wireless": dict(attr="wireless", title=["Wireless", "Bluetooth"],
                     desc=["Connects wirelessly over Bluetooth with no cables on your desk."]),
    "rechargeable": dict(attr="rechargeable", title=["Rechargeable", "USB-C Rechargeable"],
                         desc=["Recharges over USB-C, so there are no batteries to buy."]),
    "backlit": dict(attr="backlit", title=["Backlit", "RGB"], desc=["Adjustable backlighting for late-night work."]),
    "nonstick": dict(attr="nonstick", title=["Nonstick", "Non-Stick"],
                     desc=["A PFOA-free nonstick coating releases eggs and pancakes with barely any oil."]),
    "dishwasher safe": dict(attr="dishwasher_safe", title=["Dishwasher Safe"],
                            desc=["Dishwasher safe for easy cleanup."]),
    "induction compatible": dict(attr="induction_compatible", title=["Induction"],
                                 desc=["Works on every cooktop, including induction."]),
    "programmable": dict(attr="programmable", title=["Programmable"],
                         desc=["A programmable timer has it ready when you wake up."]),
    "fragrance free": dict(attr="fragrance_free", title=["Fragrance-Free", "Unscented"],
                           desc=["Fragrance free and gentle enough for sensitive skin."]),
    "organic": dict(attr="organic", title=["Organic"], desc=["Made with certified organic ingredients."]),
    "grain free": dict(attr="grain_free", title=["Grain-Free"], desc=["A grain-free recipe for sensitive stomachs."]),
    "machine washable": dict(attr="machine_washable", title=["Washable", "Machine Washable"],
                             desc=["The cover is removable and machine washable."]),
    "orthopedic": dict(attr="orthopedic", title=["Orthopedic", "Memory Foam"],
                       desc=["Orthopedic memory foam supports joints and eases pressure points."]),
    "cordless": dict(attr="cordless", title=["Cordless"], desc=["Cordless freedom powered by a swappable battery."]),
    "foldable": dict(attr="foldable", title=["Foldable", "Folding"], desc=["Folds flat for storage or the car trunk."]),
    "adjustable": dict(attr="adjustable", title=["Adjustable"], desc=["Adjusts easily to fit your setup."]),
    "ultralight": dict(attr="ultralight", title=["Ultralight", "Lightweight"],
                       desc=["Ultralight materials keep your pack weight down on long trips."]),
    "freestanding": dict(attr="freestanding", title=["Freestanding"],
                         desc=["Freestanding design pitches anywhere, even on rock."]),
    "reflective": dict(attr="reflective", title=["Reflective"], desc=["Reflective details add visibility at night."]),
    "wide fit": dict(attr="width", yes="wide", no="regular", title=["Wide", "Wide Fit"],
                     desc=["Available in a wide fit with a roomier toe box."]),
    "eco friendly": dict(attr="recycled_materials", title=["Eco", "Recycled"],
                         desc=["Made with recycled materials and shipped in plastic-free packaging."]),
    "smart": dict(attr="app_control", title=["Smart", "Wi-Fi"],
                  desc=["Control it from the companion app or with a voice assistant."]),
    "gps": dict(attr="gps", title=["GPS"], desc=["Built-in GPS tracks pace and route without your phone."]),
    "spf": dict(attr="spf_protection", title=["SPF 30", "with SPF"], desc=["Broad-spectrum SPF protection."]),
    "expandable": dict(attr="expandable", title=["Expandable"], desc=["An expansion zipper adds extra packing room."]),
    "hardside": dict(attr="shell", yes="hardside", no="softside", title=["Hardside", "Hard Shell"],
                     desc=["A polycarbonate hard shell protects fragile items."]),
    "clumping": dict(attr="clumping", title=["Clumping"], desc=["Forms tight clumps for easy scooping."]),
    "cast iron": dict(attr="cast_iron", title=["Cast Iron"], desc=["Heavy cast iron holds heat for a perfect sear."]),
}  # fmt: skip

# Review sentences per aspect: (positive, negative). Past tense so "{this}" works for one
# thing ("this kettle") and a pair ("these boots").
ASPECTS: dict[str, tuple[list[str], list[str]]] = {
    "fit": (["Fits true to size, I ordered my usual size and it was perfect.", "The fit is spot on.",
             "Sizing was exactly as expected from the chart."],
            ["Runs small, I had to exchange for a size up.", "Sizing is way off, it runs a full size large.",
             "The fit was too tight for me."]),
    "footfit": (["Fits true to size, I ordered my usual size and it was perfect.",
                 "The fit is spot on, snug heel and a roomy toe box.", "Sizing was exactly as expected."],
                ["Runs small, I had to exchange for a half size up.", "Sizing is way off, it runs a full size large.",
                 "Too narrow for me even in the wide option.", "My heel kept slipping no matter how I laced them."]),
    "footcomfort": (["Comfortable right out of the box, no break-in needed.", "{This} felt comfortable all day long.",
                     "Great cushioning, my knees thanked me after a long day."],
                    ["Gave me blisters on the first long walk.", "The insole is thin and my feet ached after an hour.",
                     "Never got comfortable, even after a few weeks of break-in."]),
    "sole": (["The sole still looks new after hundreds of miles.", "Stitching and sole have held up to a lot of abuse."],
             ["The sole started peeling after a few weeks.", "The stitching came apart after two months."]),
    "comfort": (["Comfortable even after hours of use.", "Really comfortable, I forget I'm using it.",
                 "{This} felt comfortable from day one."],
                ["Became uncomfortable after an hour.", "Not comfortable at all for long sessions.",
                 "Pressure points made it hard to use for long."]),
    "durability": (["Still going strong after a year of heavy use.", "{This} held up to a lot of abuse.",
                    "Solid build, nothing has worn out yet."],
                   ["Broke within a month of normal use.", "Started falling apart after a few weeks.",
                    "Quality control issues, mine wore out quickly."]),
    "waterproofing": (["Stayed completely dry through creek crossings and a full day of rain.",
                       "Truly waterproof, walked through puddles and stayed dry."],
                      ["Not as waterproof as advertised, I was soaked after an hour in the rain.",
                       "Leaked at the seams the first time it rained."]),
    "traction": (["Excellent grip on wet rock and loose gravel.", "Traction on muddy trails was impressive."],
                 ["Slippery on wet surfaces, I nearly fell twice.", "The tread wore smooth surprisingly fast."]),
    "grip": (["Great grip, no slipping even when sweaty.", "Grippy surface that stays put."],
             ["Gets slippery as soon as it is wet.", "Lost its grip after a few months."]),
    "weight": (["Very light and easy to carry.", "Surprisingly lightweight for the quality."],
               ["Heavier than I expected.", "Way too heavy to carry around for long."]),
    "warmth": (["Kept me warm on a freezing morning.", "Very warm without being bulky."],
               ["Not warm enough for real winter.", "I was cold as soon as the temperature dropped."]),
    "breathability": (["Breathes well, I did not overheat.", "Nice and breathable on warm days."],
                      ["Gets sweaty and clammy quickly.", "Zero breathability, I was soaked from the inside."]),
    "style": (["Looks great, I get compliments every time.", "The color is exactly like the photos."],
              ["Looks cheaper in person than in the photos.", "The color was much duller than pictured."]),
    "battery": (["Battery life is excellent, I charge it maybe once a week.", "The battery easily lasts a full day."],
                ["Battery life is nowhere near the advertised hours.", "The battery died after six months."]),
    "sound": (["Sound quality is rich with punchy bass.", "Clear highs and a warm sound for the price."],
              ["Sound is tinny and the bass is muddy.", "Audio distorts at high volume."]),
    "noise": (["The noise cancelling is impressive on flights.", "Blocks out the office chatter completely."],
              ["Noise cancelling barely does anything.", "There is a constant hiss when noise cancelling is on."]),
    "connectivity": (["Pairs instantly and the connection never drops.", "Bluetooth range is great across the house."],
                     ["Keeps disconnecting from my phone.", "Pairing was a nightmare and the app crashes."]),
    "build": (["Feels premium and solidly built.", "Build quality is excellent for the price."],
              ["Feels flimsy and cheap.", "Arrived with a crack in it."]),
    "setup": (["Setup took five minutes.", "Easy to set up, instructions were clear."],
              ["Setup was confusing and the manual is useless.", "Took me an hour to get it working."]),
    "screen": (["The screen is bright and sharp, even outdoors.", "Colors look fantastic on the display."],
               ["The screen has noticeable backlight bleed.", "The display is dim and hard to read in sunlight."]),
    "cleaning": (["Easy to clean, everything rinses right off.", "Cleanup is quick and painless."],
                 ["A pain to clean, gunk builds up in the corners.", "Hard to clean properly."]),
    "coating": (["The nonstick surface still releases eggs perfectly after months.", "Seasoning has only improved."],
                ["The coating started flaking after a few washes.", "Food sticks no matter how much oil I use."]),
    "heating": (["Heats evenly with no hot spots.", "Gets up to temperature quickly."],
                ["Heats unevenly, the middle burns while the edges stay cold.", "Takes forever to heat up."]),
    "capacity": (["Plenty of room for everything I need.", "The capacity is perfect for a family of four."],
                 ["Smaller than it looks in the pictures.", "Holds less than advertised."]),
    "loudness": (["Quiet enough to run while the baby sleeps.", "Surprisingly quiet in operation."],
                 ["Extremely loud, it sounds like a jet engine.", "The noise is unbearable, I use it as little as possible."]),
    "power": (["Plenty of power for tough jobs.", "Powerful, handles everything I throw at it."],
              ["Underpowered, it struggles with anything tough.", "Loses power after ten minutes."]),
    "suction": (["Strong suction, picks up pet hair easily.", "Pulls dirt out of the carpet like nothing else."],
                ["Suction is weak on carpet.", "Leaves crumbs behind and clogs with pet hair."]),
    "taste": (["Makes a great cup every morning.", "Coffee comes out hot and full of flavor."],
              ["Coffee tastes burnt and bitter.", "Brews lukewarm, weak coffee."]),
    "food": (["Fries come out crispy every time.", "Chicken wings turn out juicy and crisp."],
             ["Food cooks unevenly, I have to shake the basket constantly.", "Everything came out dry."]),
    "scent": (["Smells lovely and not overpowering.", "The scent is subtle and fresh."],
              ["The fragrance is way too strong.", "Smells like chemicals."]),
    "skin": (["My skin feels soft and hydrated.", "No breakouts, even on my sensitive skin."],
             ["Broke me out within days.", "Left my skin red and irritated."]),
    "texture": (["Absorbs quickly and is not greasy.", "Lovely lightweight texture."],
                ["Greasy and leaves a white cast.", "Sticky texture that never fully absorbs."]),
    "hair": (["My hair feels clean and soft.", "Leaves my curls bouncy and defined."],
             ["Left my hair dry and frizzy.", "Made my scalp itchy."]),
    "assembly": (["Assembly was straightforward and took 20 minutes.", "All the parts were labeled and included."],
                 ["Assembly took hours and a few screws were missing.", "Holes did not line up during assembly."]),
    "stability": (["Very stable, no wobble at all.", "Sturdy and solid once set up."],
                  ["Wobbles a lot.", "Feels unstable and tips easily."]),
    "softness": (["Incredibly soft and cozy.", "Soft from the first wash and got better."],
                 ["Scratchy and rough even after washing.", "Started pilling after a few washes."]),
    "fun": (["The kids play with it every day.", "Hours of fun for the whole family."],
            ["My kids lost interest after a day.", "Not much fun, the rules are confusing."]),
    "pieces": (["All pieces were there and fit together nicely.", "Good quality pieces that fit firmly."],
               ["Several pieces were missing.", "The pieces are thin and bend easily."]),
    "pet": (["My dog loves it.", "Both of my dogs took to it right away."],
            ["My dog refused to touch it.", "My dog chewed through it in a day."]),
    "cat": (["My cat loves it.", "The cats took to it right away."],
            ["My cat ignored it completely.", "My cats refuse to go near it."]),
    "odor": (["Controls odor really well.", "No smell even after several days."],
             ["Does nothing for the smell.", "The odor control fades after a day."]),
    "value": (["Great value for the money.", "Worth every penny."],
              ["Overpriced for what you get.", "Not worth the money."]),
    "shipping": (["Arrived quickly and well packaged.", "Fast shipping, arrived earlier than expected."],
                 ["Arrived damaged and the box was crushed.", "Took three weeks to arrive."]),
    "accuracy": (["Readings are accurate and consistent.", "Tracking is spot on compared to my old device."],
                 ["Readings are all over the place.", "Not accurate at all compared to my old one."]),
    "brightness": (["Very bright with a nice even beam.", "Plenty bright for what I need."],
                   ["Much dimmer than the lumen rating suggests.", "The light is patchy with a dark center."]),
    "support": (["Great ankle support on uneven ground.", "Stable and supportive with a heavy pack."],
                ["Not much ankle support, I rolled my ankle on a rocky descent.", "Too soft, no support with a load."]),
    "ease": (["Really easy to use.", "Simple and intuitive, no learning curve."],
             ["Fiddly and awkward to use.", "Hard to figure out the controls."]),
}  # fmt: skip

REVIEW_TITLES = {
    5: ["Love it", "Excellent", "Best purchase this year", "Highly recommend", "Exceeded expectations",
        "Perfect", "Five stars", "Exactly what I needed"],
    4: ["Very good", "Solid choice", "Happy with it", "Good, not perfect", "Great for the price", "Recommended"],
    3: ["It's okay", "Mixed feelings", "Average", "Decent but flawed", "Does the job"],
    2: ["Disappointed", "Not great", "Expected more", "Meh", "Wouldn't buy again"],
    1: ["Terrible", "Returned it", "Do not buy", "Waste of money", "Broke quickly"],
}  # fmt: skip
REVIEW_CLOSERS = {
    5: ["Would buy again.", "Already ordered a second one.", "", "", "Highly recommend."],
    4: ["Would recommend.", "", "", "Minor gripes aside, happy with it."],
    3: ["", "It's fine for the price.", "Not sure I'd buy again."],
    2: ["", "Considering a return.", "Expected better from this brand."],
    1: ["Returned it.", "Save your money.", "", "Customer service was no help."],
}  # fmt: skip

# --------------------------------------------------------------------------------------------
# Product specs: one per leaf category and product type
# --------------------------------------------------------------------------------------------

SHOE_M = ["7", "7.5", "8", "8.5", "9", "9.5", "10", "10.5", "11", "11.5", "12", "13", "14"]
SHOE_W = ["5", "5.5", "6", "6.5", "7", "7.5", "8", "8.5", "9", "9.5", "10", "11"]
SHOE_K = ["11K", "12K", "13K", "1Y", "2Y", "3Y", "4Y", "5Y"]
APPAREL = ["XS", "S", "M", "L", "XL", "XXL"]


@dataclass
class Spec:
    path: str
    type: str
    nouns: list[str]
    price: tuple[float, float]
    n: int = 24
    feats: dict[str, float] = field(default_factory=dict)
    attrs: dict[str, list] = field(default_factory=dict)
    var: str | list | None = None  # "shoe", "apparel", "kidsize" or [(axis, [(value, price delta)])]
    gender: str | None = None  # "adult", "all" (incl. kids), "unisex-ish" or None
    colors: list[str] | None = None  # palette; None: no colour
    color_listings: bool = False  # same product sold as separate listings per colour
    aspects: list[str] = field(default_factory=lambda: ["build", "value", "ease"])
    uses: list[str] = field(default_factory=lambda: ["everyday use"])
    short: str = "it"  # review subject, e.g. "boots"; plural if it ends with "s" and not "ss"

    def __post_init__(self) -> None:
        if self.colors:
            self.colors = list(dict.fromkeys(self.colors))  # palettes are concatenated; keep each once

    @property
    def top(self) -> str:
        return self.path.split(" > ")[0]

    @property
    def sub(self) -> str:
        return self.path.split(" > ")[1]


def S(path: str, type_: str, nouns: list[str], price: tuple[float, float], **kw) -> Spec:
    return Spec(path, type_, nouns, price, **kw)


FOOT_ASP = ["footfit", "footcomfort", "sole", "durability", "traction", "style", "value"]

SPECS: list[Spec] = [
    # Footwear
    S("Footwear > Boots > Hiking", "hiking boot",
      ["Hiking Boot", "Hiking Boots", "Trekking Boot", "Backpacking Boot", "Mid Hiking Boot|cut=mid", "Hiker"],
      (69, 279), n=90, feats={"waterproof": 0.62, "insulated": 0.12, "wide fit": 0.12, "vegan": 0.06},
      attrs={"upper_material": [("full-grain leather", "leather"), ("nubuck leather", "leather"),
                                ("suede and mesh", "leather"), ("synthetic mesh", None), ("recycled textile", None)],
             "closure": ["lace-up"], "cut": ["mid", "high"], "activity": ["hiking", "backpacking", "trekking"],
             "outsole": ["rubber lug", "sticky rubber", "multi-directional lug"]},
      var="shoe", gender="adult", colors=EARTH, aspects=FOOT_ASP + ["waterproofing", "weight", "support"],
      uses=["day hikes", "multi-day treks", "rocky mountain trails", "muddy spring hikes", "backpacking trips"],
      short="boots"),
    S("Footwear > Boots > Work", "work boot", ["Work Boot", "Work Boots", "Safety Boot|steel toe", "Logger Boot"],
      (79, 249), n=34, feats={"waterproof": 0.5, "steel toe": 0.55, "insulated": 0.2, "wide fit": 0.2},
      attrs={"upper_material": [("full-grain leather", "leather"), ("oiled leather", "leather"),
                                ("synthetic leather", None)],
             "closure": ["lace-up", "pull-on"], "activity": ["work"], "height": ["6 inch", "8 inch"]},
      var="shoe", gender="adult", colors=["Brown", "Tan", "Black", "Rust"],
      aspects=["footfit", "footcomfort", "durability", "waterproofing", "value", "weight"],
      uses=["construction sites", "long shifts", "warehouse work", "farm chores"], short="boots"),
    S("Footwear > Boots > Rain", "rain boot", ["Rain Boot", "Rain Boots", "Wellington Boots", "Wellies", "Garden Boot"],
      (24, 119), n=26, feats={"waterproof": 1.0, "insulated": 0.2},
      attrs={"upper_material": [("natural rubber", "rubber"), ("PVC", None)], "closure": ["pull-on"],
             "height": ["ankle", "mid-calf", "tall"]},
      var="shoe", gender="all", colors=BRIGHT + ["Black", "Navy", "Olive"],
      aspects=["footfit", "waterproofing", "footcomfort", "durability", "style"],
      uses=["rainy commutes", "garden work", "muddy dog walks", "festival weekends"], short="boots"),
    S("Footwear > Boots > Winter", "winter boot", ["Winter Boot", "Snow Boots", "Winter Snow Boot", "Pac Boot"],
      (59, 229), n=26, feats={"insulated": 1.0, "waterproof": 0.8},
      attrs={"upper_material": [("leather and nylon", "leather"), ("suede", "leather"), ("nylon", None)],
             "temperature_rating": ["-20 F", "-25 C", "-40 F", "0 F"], "closure": ["lace-up", "zip", "pull-on"]},
      var="shoe", gender="all", colors=["Black", "Brown", "Grey", "Tan", "Navy"],
      aspects=["warmth", "footfit", "waterproofing", "traction", "footcomfort"],
      uses=["snowy sidewalks", "winter hikes", "shoveling the driveway"], short="boots"),
    S("Footwear > Shoes > Hiking", "hiking shoe",
      ["Hiking Shoe", "Hiking Shoes", "Low Hiker", "Trail Shoe", "Approach Shoe", "Multisport Shoe"],
      (59, 189), n=36, feats={"waterproof": 0.45, "wide fit": 0.1, "vegan": 0.08},
      attrs={"upper_material": [("suede and mesh", "leather"), ("synthetic mesh", None), ("recycled mesh", None)],
             "closure": ["lace-up", "speed laces"], "cut": ["low"], "activity": ["hiking", "travel", "trail walking"]},
      var="shoe", gender="adult", colors=EARTH, aspects=FOOT_ASP + ["waterproofing", "weight"],
      uses=["day hikes", "travel", "light trails", "park walks"], short="shoes"),
    S("Footwear > Shoes > Running", "running shoe",
      ["Running Shoe", "Running Shoes", "Road Running Shoe", "Trainers", "Running Sneakers", "Daily Trainer"],
      (49, 199), n=56, feats={"reflective": 0.3, "wide fit": 0.15, "eco friendly": 0.1},
      attrs={"upper_material": [("engineered mesh", None), ("knit", None), ("recycled knit", None)],
             "cushioning": ["max", "moderate", "responsive"], "drop": ["4 mm", "8 mm", "10 mm", "12 mm"],
             "activity": ["running", "road running", "gym"], "closure": ["lace-up"]},
      var="shoe", gender="adult", colors=NEUTRAL + BRIGHT, aspects=["footfit", "footcomfort", "sole", "durability", "weight", "style"],
      uses=["daily miles", "tempo runs", "your first half marathon", "easy recovery runs", "gym sessions"],
      short="shoes"),
    S("Footwear > Shoes > Trail Running", "trail running shoe",
      ["Trail Running Shoe", "Trail Runners", "Trail Running Shoes", "Trail Trainers", "Mountain Running Shoe"],
      (69, 189), n=36, feats={"waterproof": 0.3, "reflective": 0.1},
      attrs={"upper_material": [("engineered mesh", None), ("ripstop mesh", None)],
             "lug_depth": ["4 mm", "5 mm", "6 mm"], "activity": ["trail running", "fastpacking"], "closure": ["lace-up",
                                                                                                             "quick-lace"]},
      var="shoe", gender="adult", colors=NEUTRAL + BRIGHT + EARTH[:3],
      aspects=["footfit", "traction", "footcomfort", "durability", "weight", "waterproofing"],
      uses=["technical trails", "ultramarathons", "muddy singletrack", "mountain races"], short="shoes"),
    S("Footwear > Shoes > Casual", "sneaker",
      ["Sneakers", "Canvas Sneaker|upper_material=canvas", "Low-Top Trainers", "Casual Shoe", "Slip-On Sneaker|closure=slip-on", "Court Sneaker"],
      (29, 129), n=40, feats={"vegan": 0.2, "eco friendly": 0.15, "wide fit": 0.1},
      attrs={"upper_material": [("canvas", None), ("leather", "leather"), ("suede", "leather"), ("knit", None)],
             "closure": ["lace-up", "slip-on", "hook and loop"]},
      var="shoe", gender="all", colors=NEUTRAL + BRIGHT + ["Cream", "Beige"],
      aspects=["footfit", "footcomfort", "style", "durability", "value"],
      uses=["everyday wear", "weekend errands", "travel", "the office"], short="sneakers"),
    S("Footwear > Sandals > Sport", "sandal",
      ["Sandals", "Sport Sandal|style=sport", "Hiking Sandals|style=sport", "Water Sandal|waterproof|style=sport",
       "Slide Sandal|style=slide", "Flip Flops|style=flip flop", "Trail Sandal|style=sport"],
      (19, 109), n=28, feats={"waterproof": 0.4, "vegan": 0.2},
      attrs={"style": ["sport", "sport", "slide", "flip flop"], "strap": ["webbing", "leather", "neoprene"], "closure": ["hook and loop", "buckle", "slip-on"]},
      var="shoe", gender="all", colors=EARTH + BRIGHT[:4], aspects=["footfit", "footcomfort", "traction", "durability"],
      uses=["river trips", "the beach", "summer travel", "camp"], short="sandals"),
    S("Footwear > Slippers > House", "slipper", ["Slippers", "House Slippers", "Moccasin Slipper", "Scuff Slipper"],
      (15, 89), n=18, feats={"machine washable": 0.3},
      attrs={"lining": [("shearling", "wool"), ("faux fur", None), ("fleece", None)], "sole": ["indoor", "indoor/outdoor"]},
      var="shoe", gender="all", colors=["Grey", "Brown", "Tan", "Navy", "Cream", "Burgundy"],
      aspects=["footcomfort", "warmth", "footfit", "durability"], uses=["lazy Sundays", "cold floors"], short="slippers"),
    # Outdoor
    S("Outdoor > Camping > Tents", "tent",
      ["Backpacking Tent", "Camping Tent", "Dome Tent", "Ultralight Tent|ultralight", "Family Tent|capacity=6-person", "Trekking Pole Tent"],
      (59, 499), n=34, feats={"waterproof": 0.8, "ultralight": 0.3, "freestanding": 0.6},
      attrs={"capacity": ["1-person", "2-person", "3-person", "4-person", "6-person"],
             "seasons": ["3-season", "3-season", "4-season"], "weight": ["1.1 kg", "1.8 kg", "2.6 kg", "4.9 kg", "7.2 kg"]},
      colors=["Green", "Orange", "Grey", "Olive", "Tan"], aspects=["setup", "waterproofing", "weight", "durability",
                                                                    "capacity"],
      uses=["backpacking trips", "car camping", "festival weekends", "alpine camps"], short="tent"),
    S("Outdoor > Camping > Sleeping Bags", "sleeping bag",
      ["Sleeping Bag", "Mummy Sleeping Bag|shape=mummy", "Down Sleeping Bag|down", "Rectangular Sleeping Bag|shape=rectangular"],
      (39, 389), n=26, feats={"ultralight": 0.3, "packable": 0.5},
      attrs={"fill": [("650-fill down", "down"), ("800-fill down", "down"), ("synthetic", "synthetic")],
             "temperature_rating": ["15 F", "20 F", "30 F", "40 F", "0 F", "-7 C"], "shape": ["mummy", "rectangular"]},
      colors=["Blue", "Orange", "Red", "Olive", "Navy"], aspects=["warmth", "weight", "capacity", "durability", "value"],
      uses=["cold nights", "summer camping", "thru-hikes"], short="sleeping bag"),
    S("Outdoor > Camping > Sleeping Pads", "sleeping pad",
      ["Sleeping Pad", "Inflatable Sleeping Pad|type=inflatable", "Foam Sleeping Mat|type=closed-cell foam", "Camping Mattress"],
      (24, 179), n=20, feats={"insulated": 0.5, "ultralight": 0.3},
      attrs={"type": ["inflatable", "self-inflating", "closed-cell foam"], "r_value": ["2.0", "3.5", "4.2", "6.0"]},
      colors=["Blue", "Orange", "Green", "Grey"], aspects=["comfort", "durability", "warmth", "weight"],
      uses=["backcountry nights", "car camping"], short="pad"),
    S("Outdoor > Camping > Stoves", "camp stove",
      ["Backpacking Stove|burners=1", "Camp Stove", "Two-Burner Camp Stove|burners=2", "Canister Stove|fuel=isobutane"], (19, 169), n=18,
      feats={"ultralight": 0.4, "foldable": 0.3}, attrs={"fuel": ["isobutane", "propane", "wood"],
                                                        "burners": ["1", "2"]},
      aspects=["heating", "setup", "build", "weight"], uses=["camp cooking", "backcountry coffee"], short="stove"),
    S("Outdoor > Hiking > Backpacks", "hiking backpack",
      ["Hiking Backpack", "Daypack|capacity=18 L/22 L/28 L", "Backpacking Pack|capacity=45 L/55 L/65 L",
       "Trekking Rucksack", "Hiking Daypack|capacity=18 L/22 L/28 L"],
      (35, 299), n=40, feats={"water resistant": 0.5, "ultralight": 0.2, "adjustable": 0.4},
      attrs={"capacity": ["18 L", "22 L", "28 L", "35 L", "45 L", "55 L", "65 L"], "frame": ["frameless", "internal"],
             "hydration_compatible": ["yes", "no"]},
      gender="unisex-ish", colors=EARTH + BRIGHT[:4], color_listings=True,
      aspects=["capacity", "comfort", "durability", "weight", "value"],
      uses=["day hikes", "thru-hikes", "weekend trips", "commuting"], short="pack"),
    S("Outdoor > Hiking > Trekking Poles", "trekking poles",
      ["Trekking Poles", "Hiking Poles", "Walking Sticks", "Collapsible Trekking Poles|foldable"], (19, 169), n=22,
      feats={"ultralight": 0.4, "foldable": 0.5, "adjustable": 0.7},
      attrs={"shaft_material": [("carbon fiber", "carbon"), ("aluminum", "aluminum")], "grip": ["cork", "foam", "rubber"],
             "lock": ["lever lock", "twist lock"]},
      colors=["Black", "Blue", "Red", "Grey"], aspects=["weight", "durability", "ease", "value"],
      uses=["steep descents", "river crossings", "long-distance hikes"], short="poles"),
    S("Outdoor > Hiking > Headlamps", "headlamp", ["Headlamp", "LED Headlamp", "Head Torch", "Running Headlamp"],
      (12, 89), n=26, feats={"rechargeable": 0.6, "water resistant": 0.6},
      attrs={"brightness": ["200 lumens", "350 lumens", "450 lumens", "800 lumens", "1200 lumens"],
             "battery_life": ["8 hours", "20 hours", "40 hours", "100 hours"]},
      colors=["Black", "Orange", "Blue", "Red"], aspects=["brightness", "battery", "comfort", "durability"],
      uses=["night hikes", "camp chores", "early morning runs", "power outages"], short="headlamp"),
    S("Outdoor > Hiking > Water Bottles", "water bottle",
      ["Insulated Water Bottle|insulated", "Water Bottle", "Stainless Steel Bottle|stainless", "Trail Bottle"], (9, 49), n=26,
      feats={"insulated": 0.6, "dishwasher safe": 0.4},
      attrs={"capacity": ["500 ml", "750 ml", "1 L", "32 oz", "40 oz"], "material": [("stainless steel", "stainless"),
                                                                                      ("BPA-free plastic", None)]},
      colors=NEUTRAL + BRIGHT, color_listings=True, aspects=["capacity", "durability", "cleaning", "value"],
      uses=["the gym", "hikes", "the office"], short="bottle"),
    S("Outdoor > Fishing > Rods", "fishing rod", ["Spinning Rod", "Fishing Rod", "Telescopic Fishing Rod",
                                                   "Fly Rod|length=9 ft"], (24, 249), n=20,
      attrs={"length": ["6 ft", "7 ft", "9 ft"], "power": ["light", "medium", "medium-heavy"],
             "material": [("graphite", None), ("fiberglass", None)]},
      aspects=["build", "weight", "value", "durability"], uses=["lake fishing", "river trout"], short="rod"),
    # Apparel
    S("Apparel > Outerwear > Rain Jackets", "rain jacket",
      ["Rain Jacket", "Rain Shell", "Waterproof Jacket|waterproof", "Packable Rain Coat|packable", "Hardshell Jacket|waterproof", "Rain Parka"],
      (39, 289), n=46, feats={"waterproof": 0.9, "packable": 0.5, "hooded": 0.8, "eco friendly": 0.15},
      attrs={"fabric": ["2.5-layer nylon", "3-layer shell", "recycled polyester"], "fit": ["regular", "relaxed", "athletic"]},
      var="apparel", gender="all", colors=NEUTRAL + BRIGHT + EARTH[:4],
      aspects=["waterproofing", "fit", "breathability", "durability", "weight"],
      uses=["rainy commutes", "hiking in the rain", "travel", "spring showers"], short="jacket"),
    S("Apparel > Outerwear > Insulated Jackets", "insulated jacket",
      ["Down Jacket|down", "Puffer Jacket", "Insulated Jacket", "Down Parka|down", "Synthetic Puffy|insulation=synthetic"], (59, 349), n=40,
      feats={"packable": 0.5, "hooded": 0.5, "water resistant": 0.3},
      attrs={"insulation": [("650-fill down", "down"), ("800-fill down", "down"), ("synthetic", "synthetic")],
             "fit": ["regular", "relaxed"]},
      var="apparel", gender="all", colors=NEUTRAL + EARTH[:4] + BRIGHT[:3],
      aspects=["warmth", "fit", "weight", "durability", "style"],
      uses=["cold mornings", "ski trips", "winter travel"], short="jacket"),
    S("Apparel > Outerwear > Fleece", "fleece jacket",
      ["Fleece Jacket", "Full-Zip Fleece|zip=full-zip", "Quarter-Zip Fleece|zip=quarter-zip", "Sherpa Fleece|fabric=sherpa"], (29, 149), n=28,
      feats={"eco friendly": 0.2},
      attrs={"zip": ["full-zip", "quarter-zip"], "fabric": [("polyester fleece", None), ("recycled fleece", None), ("sherpa", None)]},
      var="apparel", gender="all", colors=NEUTRAL + EARTH, aspects=["warmth", "softness", "fit", "durability"],
      uses=["layering", "chilly evenings", "campfires"], short="fleece"),
    S("Apparel > Tops > T-Shirts", "t-shirt",
      ["T-Shirt", "Tee", "Crew Neck T-Shirt|neckline=crew", "Performance Tee|material=polyester", "Graphic Tee",
       "V-Neck T-Shirt|neckline=v-neck"], (9, 49), n=46,
      feats={"eco friendly": 0.2},
      attrs={"material": [("100% cotton", "cotton"), ("organic cotton", "cotton"), ("merino wool", "wool"),
                          ("polyester", None), ("cotton blend", "cotton")], "fit": ["slim", "regular", "relaxed"],
             "neckline": ["crew", "crew", "v-neck"]},
      var="apparel", gender="all", colors=PALETTE, aspects=["fit", "softness", "durability", "style"],
      uses=["everyday wear", "workouts", "travel"], short="shirt"),
    S("Apparel > Tops > Base Layers", "base layer",
      ["Merino Base Layer Top|wool", "Thermal Top", "Long Sleeve Base Layer", "Thermal Underwear Top"], (24, 109), n=26,
      attrs={"material": [("merino wool", "wool"), ("synthetic", None), ("merino blend", "wool")],
             "weight": ["lightweight", "midweight", "heavyweight"]},
      var="apparel", gender="adult", colors=NEUTRAL + EARTH[:3], aspects=["warmth", "fit", "softness", "odor"],
      uses=["ski days", "winter hikes", "cold commutes"], short="top"),
    S("Apparel > Tops > Hoodies", "hoodie", ["Hoodie", "Pullover Hoodie|style=pullover", "Zip Hoodie|style=full-zip", "Hooded Sweatshirt"],
      (24, 89), n=30, feats={"eco friendly": 0.15},
      attrs={"style": ["pullover", "full-zip"], "material": [("cotton fleece", "cotton"), ("cotton blend", "cotton"), ("organic cotton", "cotton")]},
      var="apparel", gender="all", colors=PALETTE, aspects=["softness", "fit", "warmth", "durability"],
      uses=["lounging", "the gym", "cool evenings"], short="hoodie"),
    S("Apparel > Bottoms > Hiking Pants", "hiking pants",
      ["Hiking Pants", "Trekking Trousers", "Convertible Pants|style=convertible", "Softshell Pants|fabric=softshell", "Cargo Hiking Pants|style=cargo"], (34, 139),
      n=32, feats={"water resistant": 0.5},
      attrs={"style": ["standard", "standard", "convertible", "cargo"], "fabric": ["nylon stretch", "softshell", "ripstop"], "fit": ["slim", "regular", "relaxed"]},
      var="apparel", gender="adult", colors=EARTH, aspects=["fit", "durability", "comfort", "breathability"],
      uses=["hiking", "travel", "climbing"], short="pants"),
    S("Apparel > Bottoms > Jeans", "jeans", ["Jeans", "Slim Fit Jeans|fit=slim", "Straight Leg Jeans|fit=straight", "Denim Jeans", "Relaxed Fit Jeans|fit=relaxed"],
      (29, 119), n=30, attrs={"material": [("stretch denim", "cotton"), ("rigid denim", "cotton")],
                              "rise": ["mid", "high", "low"],
                              "fit": ["slim", "straight", "relaxed"]},
      var="apparel", gender="adult", colors=["Blue", "Black", "Grey", "Navy"], aspects=["fit", "durability", "style"],
      uses=["everyday wear"], short="jeans"),
    S("Apparel > Bottoms > Leggings", "leggings", ["Leggings", "Yoga Leggings", "High-Waist Leggings", "Running Tights"],
      (19, 99), n=26, feats={"reflective": 0.15},
      attrs={"material": [("nylon spandex", None), ("polyester spandex", None)], "inseam": ["25 in", "28 in"]},
      var="apparel", gender="women", colors=NEUTRAL + BRIGHT, aspects=["fit", "comfort", "durability", "style"],
      uses=["yoga", "running", "the gym"], short="leggings"),
    S("Apparel > Accessories > Socks", "socks",
      ["Socks", "Hiking Socks|activity=hiking", "Merino Wool Socks|material=merino wool", "Crew Socks|height=crew",
       "Running Socks|activity=running", "Wool Hiking Socks 3-Pack|wool|activity=hiking"], (9, 34), n=30,
      attrs={"material": [("merino wool", "wool"), ("cotton blend", "cotton"), ("synthetic", None)],
             "cushion": ["light", "medium", "heavy"], "height": ["ankle", "crew", "quarter"],
             "activity": ["hiking", "running", "everyday"]},
      var=[("size", [("S", 0), ("M", 0), ("L", 0), ("XL", 0)])], gender="all", colors=EARTH + NEUTRAL[:3],
      aspects=["comfort", "durability", "odor", "warmth"], uses=["hiking", "running", "everyday wear"], short="socks"),
    S("Apparel > Accessories > Hats", "beanie", ["Beanie", "Knit Beanie", "Wool Beanie|wool", "Winter Hat"], (9, 45), n=18,
      attrs={"material": [("merino wool", "wool"), ("acrylic", None), ("cashmere blend", "wool")]},
      colors=PALETTE, color_listings=True, gender="unisex-ish", aspects=["warmth", "fit", "softness"],
      uses=["winter walks", "ski days"], short="hat"),
    # Electronics
    S("Electronics > Audio > Earbuds", "wireless earbuds",
      ["Wireless Earbuds", "True Wireless Earbuds", "Bluetooth Earphones", "In-Ear Headphones", "Sport Earbuds|water resistant"],
      (19, 279), n=44, feats={"noise cancelling": 0.4, "water resistant": 0.55},
      attrs={"battery_life": ["5 hours", "6 hours", "8 hours", "10 hours", "30 hours with case"],
             "connectivity": ["Bluetooth 5.0", "Bluetooth 5.2", "Bluetooth 5.3"], "charging": ["USB-C", "wireless"]},
      colors=NEUTRAL + ["Blue", "Pink", "Sage"], color_listings=True,
      aspects=["sound", "battery", "fit", "connectivity", "noise", "comfort"],
      uses=["commutes", "workouts", "calls", "flights"], short="earbuds"),
    S("Electronics > Audio > Headphones", "headphones",
      ["Headphones", "Over-Ear Headphones|style=over-ear", "Wireless Headphones|wireless",
       "Studio Headphones|style=over-ear", "Bluetooth Headphones|wireless", "On-Ear Headphones|style=on-ear"], (29, 399), n=36, feats={"noise cancelling": 0.5, "wireless": 0.8, "foldable": 0.4},
      attrs={"style": ["over-ear", "over-ear", "on-ear"], "battery_life": ["20 hours", "30 hours", "40 hours", "60 hours"], "connectivity": ["Bluetooth 5.3",
                                                                                               "3.5 mm wired"]},
      colors=NEUTRAL + ["Sage", "Cream"], color_listings=True,
      aspects=["sound", "comfort", "battery", "noise", "build", "connectivity"],
      uses=["long flights", "home office", "music production", "gaming"], short="headphones"),
    S("Electronics > Audio > Speakers", "bluetooth speaker",
      ["Bluetooth Speaker", "Portable Speaker", "Waterproof Speaker|waterproof", "Smart Speaker|smart", "Party Speaker|output=40 W/80 W"], (19, 299),
      n=30, feats={"waterproof": 0.4, "smart": 0.2},
      attrs={"battery_life": ["10 hours", "12 hours", "20 hours", "24 hours"], "output": ["10 W", "20 W", "40 W", "80 W"]},
      colors=NEUTRAL + BRIGHT, color_listings=True, aspects=["sound", "battery", "build", "connectivity"],
      uses=["the beach", "backyard parties", "the shower", "camping"], short="speaker"),
    S("Electronics > Computers > Laptops", "laptop", ["Laptop", "Ultrabook|weight=1.2 kg/1.4 kg", "Thin and Light Laptop|weight=1.2 kg/1.4 kg",
                                                      "Student Laptop", "Gaming Laptop|weight=2.3 kg"],
      (349, 1999), n=26, attrs={"screen_size": ["13.3 in", "14 in", "15.6 in", "16 in"],
                                "processor": ["8-core", "10-core", "12-core"], "battery_life": ["8 hours", "12 hours",
                                                                                                "18 hours"],
                                "weight": ["1.2 kg", "1.4 kg", "1.8 kg", "2.3 kg"]},
      var=[("memory", [("8 GB RAM / 256 GB SSD", 0), ("16 GB RAM / 512 GB SSD", 200), ("32 GB RAM / 1 TB SSD", 500)])],
      colors=["Silver", "Graphite", "Black"], aspects=["battery", "screen", "build", "value", "loudness"],
      uses=["school", "work travel", "coding", "gaming"], short="laptop"),
    S("Electronics > Computers > Keyboards", "keyboard",
      ["Keyboard", "Mechanical Keyboard|switches=linear/tactile/clicky", "Wireless Keyboard|wireless", "Gaming Keyboard", "Compact Keyboard|layout=75%/60%", "Ergonomic Keyboard"],
      (19, 199), n=30, feats={"wireless": 0.5, "backlit": 0.5},
      attrs={"switches": ["linear", "tactile", "clicky", "membrane"], "layout": ["full size", "TKL", "75%", "60%"]},
      colors=NEUTRAL, aspects=["build", "connectivity", "battery", "loudness", "value"],
      uses=["typing all day", "gaming", "the home office"], short="keyboard"),
    S("Electronics > Computers > Mice", "computer mouse",
      ["Wireless Mouse|wireless", "Gaming Mouse", "Ergonomic Mouse", "Vertical Mouse", "Travel Mouse|wireless"], (9, 129), n=26,
      feats={"wireless": 0.7, "rechargeable": 0.4},
      attrs={"dpi": ["1600", "4000", "16000", "26000"], "buttons": ["3", "6", "8"]},
      colors=NEUTRAL + ["Pink", "Blue"], color_listings=True, aspects=["comfort", "battery", "connectivity", "build"],
      uses=["work", "gaming", "travel"], short="mouse"),
    S("Electronics > Computers > Monitors", "monitor", ["Monitor", "Computer Monitor", "Gaming Monitor|refresh_rate=144 Hz", "4K Monitor|resolution=4K",
                                                        "Ultrawide Monitor|screen_size=34 in"],
      (109, 899), n=26, feats={"adjustable": 0.5},
      attrs={"screen_size": ["24 in", "27 in", "32 in", "34 in"], "resolution": ["1080p", "1440p", "4K"],
             "refresh_rate": ["60 Hz", "75 Hz", "144 Hz", "165 Hz"]},
      aspects=["screen", "build", "setup", "value"], uses=["the home office", "gaming", "photo editing"],
      short="monitor"),
    S("Electronics > Mobile > Chargers", "phone charger",
      ["USB-C Charger", "Wall Charger", "Fast Charger", "Charging Block", "GaN Charger"], (9, 69), n=26,
      attrs={"output": ["20 W", "30 W", "65 W", "100 W"], "ports": ["1", "2", "3"]},
      colors=["White", "Black"], aspects=["build", "value", "durability"], uses=["phones", "laptops", "travel"],
      short="charger"),
    S("Electronics > Mobile > Power Banks", "power bank",
      ["Power Bank", "Portable Charger", "Battery Pack", "Magnetic Power Bank"], (14, 99), n=26,
      attrs={"capacity": ["5000 mAh", "10000 mAh", "20000 mAh", "26800 mAh"], "output": ["18 W", "22.5 W", "65 W"]},
      colors=NEUTRAL + ["Blue"], aspects=["battery", "weight", "build", "value"], uses=["travel", "camping", "festivals"],
      short="power bank"),
    S("Electronics > Mobile > Phone Cases", "phone case",
      ["Phone Case", "Rugged Phone Case|drop_protection=15 ft", "Slim Phone Case",
       "Wallet Phone Case|material=leather"], (7, 49), n=30,
      attrs={"material": [("silicone", None), ("TPU", None), ("leather", "leather"), ("polycarbonate", None)],
             "drop_protection": ["6 ft", "10 ft", "15 ft"]},
      var=[("model", [("Phone 14", 0), ("Phone 15", 0), ("Phone 15 Pro", 0), ("Phone 16", 0)])],
      colors=PALETTE, aspects=["build", "style", "durability", "value"], uses=["everyday protection"], short="case"),
    S("Electronics > Wearables > Smartwatches", "smartwatch",
      ["Smartwatch", "Smart Watch", "GPS Running Watch|gps", "Fitness Smartwatch"], (49, 449), n=28,
      feats={"gps": 0.6, "water resistant": 0.8},
      attrs={"battery_life": ["2 days", "7 days", "14 days", "21 days"], "screen": ["AMOLED", "LCD", "MIP"],
             "case_size": ["41 mm", "45 mm", "47 mm"]},
      colors=NEUTRAL + ["Pink", "Sage"], color_listings=True, aspects=["battery", "accuracy", "screen", "comfort"],
      uses=["running", "sleep tracking", "everyday notifications"], short="watch"),
    S("Electronics > Wearables > Fitness Trackers", "fitness tracker",
      ["Fitness Tracker", "Activity Tracker", "Fitness Band", "Step Counter Watch"], (19, 149), n=22,
      feats={"water resistant": 0.8},
      attrs={"battery_life": ["5 days", "7 days", "10 days"], "sensors": ["heart rate", "heart rate and SpO2"]},
      colors=NEUTRAL + BRIGHT[:4], aspects=["battery", "accuracy", "comfort", "connectivity"],
      uses=["step counting", "sleep tracking", "workouts"], short="tracker"),
    # Home
    S("Home > Bedding > Sheets", "sheet set",
      ["Sheet Set", "Bed Sheets", "Percale Sheet Set|material=100% cotton percale", "Sateen Sheets|material=cotton sateen", "Linen Sheet Set|linen", "Flannel Sheet Set|material=flannel"],
      (24, 229), n=36, feats={"organic": 0.2},
      attrs={"material": [("100% cotton percale", "cotton"), ("cotton sateen", "cotton"), ("linen", "linen"),
                          ("microfiber", None), ("bamboo viscose", None), ("flannel", "cotton")],
             "thread_count": ["200", "300", "400", "600", "800"]},
      var=[("size", [("Twin", 0), ("Full", 10), ("Queen", 20), ("King", 35), ("California King", 35)])],
      colors=["White", "Cream", "Grey", "Sage", "Navy", "Beige", "Slate"],
      aspects=["softness", "durability", "fit", "breathability"], uses=["hot sleepers", "guest rooms"],
      short="sheets"),
    S("Home > Bedding > Pillows", "pillow", ["Pillow", "Bed Pillow", "Memory Foam Pillow|fill=shredded memory foam", "Down Pillow|down",
                                             "Side Sleeper Pillow"],
      (14, 119), n=24, feats={"machine washable": 0.4, "orthopedic": 0.3},
      attrs={"fill": [("shredded memory foam", None), ("down", "down"), ("down alternative", None), ("latex", None)],
             "firmness": ["soft", "medium", "firm"]},
      var=[("size", [("Standard", 0), ("Queen", 5), ("King", 10)])],
      aspects=["comfort", "softness", "durability", "value"], uses=["side sleepers", "back sleepers"], short="pillow"),
    S("Home > Bedding > Comforters", "comforter", ["Comforter", "Duvet Insert", "Down Comforter|down", "All-Season Duvet"],
      (39, 299), n=22, feats={"machine washable": 0.5},
      attrs={"fill": [("down", "down"), ("down alternative", None), ("wool", "wool")],
             "warmth": ["lightweight", "all-season", "extra warm"]},
      var=[("size", [("Twin", 0), ("Full/Queen", 30), ("King", 50)])], colors=["White", "Grey", "Cream"],
      aspects=["warmth", "softness", "durability"], uses=["cold nights", "year-round use"], short="comforter"),
    S("Home > Lighting > Desk Lamps", "desk lamp", ["Desk Lamp", "LED Desk Lamp", "Task Lamp", "Architect Lamp"],
      (15, 149), n=24, feats={"adjustable": 0.7, "smart": 0.2},
      attrs={"bulb": ["integrated LED", "E26"], "color_temperature": ["warm", "adjustable 2700-6500K"]},
      colors=NEUTRAL + ["Brass"], aspects=["brightness", "build", "ease"], uses=["reading", "the home office"],
      short="lamp"),
    S("Home > Lighting > Floor Lamps", "floor lamp", ["Floor Lamp", "Arc Floor Lamp|style=arc", "Torchiere Lamp|style=torchiere",
                                                       "Tripod Floor Lamp|style=tripod"],
      (35, 249), n=18, feats={"smart": 0.2},
      attrs={"style": ["arc", "torchiere", "tripod", "straight"], "height": ["58 in", "65 in", "72 in"], "material": [("metal", None), ("wood", "wood")]},
      colors=["Black", "Brass", "White", "Walnut"], aspects=["brightness", "assembly", "stability", "style"],
      uses=["living rooms", "reading nooks"], short="lamp"),
    S("Home > Decor > Rugs", "area rug", ["Area Rug", "Washable Rug|machine washable", "Runner Rug", "Jute Rug|material=jute", "Shag Rug|pile=shag"],
      (29, 599), n=26, feats={"machine washable": 0.3},
      attrs={"material": [("wool", "wool"), ("jute", None), ("polypropylene", None), ("cotton", "cotton")],
             "pile": ["flatweave", "low pile", "shag"]},
      var=[("size", [("2x3 ft", "x0.3"), ("5x7 ft", 0), ("8x10 ft", "x1.9"), ("9x12 ft", "x2.6")])],
      colors=["Beige", "Grey", "Navy", "Rust", "Cream", "Sage"], aspects=["softness", "durability", "style", "cleaning"],
      uses=["living rooms", "entryways", "bedrooms"], short="rug"),
    S("Home > Cleaning > Vacuums", "stick vacuum", ["Cordless Vacuum|cordless", "Stick Vacuum", "Cordless Stick Vacuum|cordless"],
      (79, 649), n=28, feats={"cordless": 0.8},
      attrs={"battery_life": ["25 minutes", "40 minutes", "60 minutes"], "filter": ["HEPA", "washable"],
             "bin_capacity": ["0.5 L", "0.8 L", "1 L"]},
      colors=["Grey", "Purple", "Red", "Silver"], aspects=["suction", "battery", "loudness", "weight", "cleaning"],
      uses=["pet hair", "hardwood floors", "quick cleanups"], short="vacuum"),
    S("Home > Cleaning > Robot Vacuums", "robot vacuum", ["Robot Vacuum", "Robot Vacuum and Mop|mopping=yes",
                                                          "Self-Emptying Robot Vacuum|self_emptying=yes"],
      (129, 899), n=22, feats={"smart": 0.9},
      attrs={"mopping": ["yes", "no"], "self_emptying": ["yes", "no", "no"], "navigation": ["lidar", "camera", "gyroscope"], "runtime": ["90 minutes", "120 minutes", "180 minutes"]},
      colors=["Black", "White"], aspects=["suction", "setup", "loudness", "battery", "ease"],
      uses=["pet hair", "busy households"], short="robot"),
    # Kitchen
    S("Kitchen > Cookware > Frying Pans", "frying pan",
      ["Frying Pan", "Skillet", "Nonstick Fry Pan|nonstick", "Omelette Pan|diameter=8 in"], (14, 179), n=34,
      feats={"nonstick": 0.55, "dishwasher safe": 0.4, "induction compatible": 0.6},
      attrs={"material": [("stainless steel", "stainless"), ("hard-anodized aluminum", None),
                          ("carbon steel", None), ("ceramic-coated aluminum", "ceramic")],
             "diameter": ["8 in", "10 in", "12 in"], "oven_safe": ["350 F", "500 F", "no"]},
      aspects=["cleaning", "coating", "heating", "durability", "value"], uses=["eggs", "weeknight dinners", "searing steak"],
      short="pan"),
    S("Kitchen > Cookware > Cast Iron", "cast iron skillet",
      ["Cast Iron Skillet", "Pre-Seasoned Skillet", "Cast Iron Pan", "Enameled Cast Iron Skillet"], (19, 149), n=20,
      feats={"induction compatible": 1.0, "cast iron": 1.0}, attrs={"diameter": ["8 in", "10.25 in", "12 in"]},
      aspects=["heating", "coating", "cleaning", "durability", "weight"], uses=["searing", "cornbread", "camp cooking"],
      short="skillet"),
    S("Kitchen > Cookware > Dutch Ovens", "dutch oven", ["Dutch Oven", "Enameled Dutch Oven", "Cocotte",
                                                          "Cast Iron Dutch Oven|cast iron"], (39, 349), n=22,
      feats={"induction compatible": 0.9, "cast iron": 0.8},
      attrs={"capacity": ["3.5 qt", "5.5 qt", "7 qt"], "material": [("enameled cast iron", "cast iron")]},
      colors=["Red", "Navy", "Sage", "Cream", "Black", "Orange"], color_listings=True,
      aspects=["heating", "cleaning", "weight", "durability"], uses=["braising", "bread baking", "stews"],
      short="dutch oven"),
    S("Kitchen > Cookware > Cookware Sets", "cookware set", ["Cookware Set", "Pots and Pans Set", "10-Piece Cookware Set|pieces=10"],
      (79, 599), n=20, feats={"nonstick": 0.5, "dishwasher safe": 0.5, "induction compatible": 0.6},
      attrs={"pieces": ["5", "8", "10", "12"], "material": [("stainless steel", "stainless"),
                                                            ("hard-anodized aluminum", None),
                                                            ("ceramic nonstick", "ceramic")]},
      aspects=["cleaning", "heating", "durability", "value"], uses=["a first apartment", "family cooking"],
      short="set"),
    S("Kitchen > Appliances > Coffee Makers", "coffee maker",
      ["Coffee Maker", "Drip Coffee Maker|capacity=5 cups/10 cups/12 cups", "Single-Serve Coffee Maker|capacity=1 cup",
       "12-Cup Coffee Maker|capacity=12 cups"], (24, 299), n=30, feats={"programmable": 0.5},
      attrs={"capacity": ["1 cup", "5 cups", "10 cups", "12 cups"], "carafe": ["glass", "thermal"]},
      colors=NEUTRAL[:4], aspects=["taste", "cleaning", "ease", "durability", "loudness"],
      uses=["busy mornings", "the office", "small kitchens"], short="coffee maker"),
    S("Kitchen > Appliances > Espresso Machines", "espresso machine",
      ["Espresso Machine", "Semi-Automatic Espresso Machine", "Espresso Maker", "Home Espresso Machine"], (89, 899),
      n=20, attrs={"pressure": ["15 bar", "19 bar", "20 bar"], "milk_frother": ["steam wand", "automatic", "none"]},
      colors=["Silver", "Black", "Cream", "Red"], aspects=["taste", "ease", "cleaning", "build", "loudness"],
      uses=["morning lattes", "weekend brunch"], short="machine"),
    S("Kitchen > Appliances > Electric Kettles", "electric kettle",
      ["Electric Kettle", "Gooseneck Kettle|temperature_control=yes", "Glass Electric Kettle|material=glass", "Tea Kettle"], (19, 149), n=28,
      feats={"programmable": 0.3},
      attrs={"capacity": ["0.8 L", "1 L", "1.7 L"], "material": [("stainless steel", "stainless"), ("glass", None),
                                                               ("BPA-free plastic", None)],
             "temperature_control": ["yes", "no"]},
      colors=NEUTRAL[:4] + ["Cream", "Sage", "Red"], color_listings=True,
      aspects=["heating", "build", "ease", "loudness"], uses=["tea", "pour-over coffee", "instant noodles"],
      short="kettle"),
    S("Kitchen > Appliances > Blenders", "blender",
      ["Blender", "High-Speed Blender|power=1200 W/1500 W", "Personal Blender|capacity=20 oz", "Countertop Blender|capacity=48 oz/64 oz", "Smoothie Blender"], (24, 499), n=28,
      feats={"dishwasher safe": 0.6},
      attrs={"power": ["300 W", "700 W", "1200 W", "1500 W"], "capacity": ["20 oz", "48 oz", "64 oz"]},
      colors=NEUTRAL[:4] + ["Red"], aspects=["power", "loudness", "cleaning", "durability"],
      uses=["smoothies", "soups", "crushed ice"], short="blender"),
    S("Kitchen > Appliances > Air Fryers", "air fryer", ["Air Fryer", "Air Fryer Oven", "Dual Basket Air Fryer|capacity=8 qt",
                                                         "Compact Air Fryer|capacity=2 qt"],
      (39, 249), n=26, feats={"dishwasher safe": 0.6, "programmable": 0.4},
      attrs={"capacity": ["2 qt", "4 qt", "5.8 qt", "8 qt", "10 qt"], "power": ["1200 W", "1500 W", "1700 W"]},
      colors=["Black", "White", "Grey"], aspects=["food", "cleaning", "capacity", "loudness"],
      uses=["crispy fries", "weeknight dinners", "reheating leftovers"], short="air fryer"),
    S("Kitchen > Cutlery > Chef Knives", "chef's knife", ["Chef's Knife", "Chef Knife", "Santoku Knife",
                                                          "Kitchen Knife"], (15, 249), n=24,
      attrs={"blade": [("German stainless steel", "stainless"), ("Japanese VG-10 steel", None),
                       ("Damascus steel", None), ("high-carbon steel", None)], "blade_length": ["6 in", "8 in", "10 in"]},
      aspects=["build", "durability", "value", "comfort"], uses=["everyday prep", "dicing onions"], short="knife"),
    S("Kitchen > Cutlery > Knife Sets", "knife set", ["Knife Set", "Knife Block Set", "Kitchen Knife Set"], (29, 399),
      n=16, feats={"dishwasher safe": 0.3}, attrs={"pieces": ["6", "8", "14", "15"]},
      aspects=["build", "durability", "value"], uses=["a new kitchen", "gifts"], short="set"),
    S("Kitchen > Drinkware > Travel Mugs", "travel mug", ["Travel Mug", "Insulated Tumbler|insulated", "Coffee Tumbler",
                                                          "Commuter Mug"],
      (9, 45), n=26, feats={"insulated": 0.9, "dishwasher safe": 0.4},
      attrs={"capacity": ["12 oz", "16 oz", "20 oz", "30 oz", "40 oz"], "lid": ["leakproof", "slider", "straw"]},
      colors=PALETTE, color_listings=True, aspects=["capacity", "cleaning", "durability", "value"],
      uses=["commutes", "road trips", "the office"], short="mug"),
    # Beauty
    S("Beauty > Skincare > Moisturizers", "moisturizer",
      ["Moisturizer", "Face Cream", "Daily Moisturizer", "Night Cream", "Gel Moisturizer"], (7, 89), n=30,
      feats={"fragrance free": 0.5, "spf": 0.25, "organic": 0.15},
      attrs={"skin_type": ["dry", "oily", "combination", "sensitive", "all"],
             "key_ingredient": ["hyaluronic acid", "ceramides", "niacinamide", "squalane", "retinol"]},
      var=[("size", [("50 ml", 0), ("100 ml", 12)])], aspects=["skin", "texture", "scent", "value"],
      uses=["daily use", "dry winter skin"], short="moisturizer"),
    S("Beauty > Skincare > Sunscreen", "sunscreen", ["Sunscreen", "Mineral Sunscreen|type=mineral", "Sunscreen Lotion",
                                                     "Face Sunscreen"],
      (7, 39), n=24, feats={"water resistant": 0.6, "fragrance free": 0.5},
      attrs={"spf": ["SPF 30", "SPF 50", "SPF 50+"], "type": ["mineral", "chemical"]},
      aspects=["texture", "skin", "scent"], uses=["beach days", "daily wear under makeup"], short="sunscreen"),
    S("Beauty > Skincare > Cleansers", "face cleanser", ["Face Wash", "Gentle Cleanser", "Foaming Cleanser",
                                                         "Cleansing Balm"],
      (6, 45), n=22, feats={"fragrance free": 0.5},
      attrs={"skin_type": ["dry", "oily", "combination", "sensitive", "all"]},
      aspects=["skin", "texture", "scent", "value"], uses=["morning routines", "removing makeup"], short="cleanser"),
    S("Beauty > Hair > Shampoo", "shampoo", ["Shampoo", "Clarifying Shampoo", "Moisturizing Shampoo",
                                             "Sulfate-Free Shampoo"],
      (5, 42), n=24, feats={"organic": 0.2, "fragrance free": 0.15},
      attrs={"hair_type": ["curly", "fine", "color-treated", "all"], "size": ["250 ml", "500 ml", "1 L"]},
      aspects=["scent", "hair", "value"], uses=["daily washing", "curly hair"], short="shampoo"),
    S("Beauty > Hair > Hair Dryers", "hair dryer", ["Hair Dryer", "Ionic Hair Dryer", "Travel Hair Dryer|foldable",
                                                    "Blow Dryer"],
      (19, 299), n=20, feats={"foldable": 0.3},
      attrs={"power": ["1200 W", "1600 W", "1875 W"], "heat_settings": ["2", "3", "4"]},
      colors=["Black", "Pink", "White", "Purple"], aspects=["power", "loudness", "weight", "durability"],
      uses=["daily styling", "travel"], short="dryer"),
    S("Beauty > Fragrance > Perfume", "perfume", ["Perfume", "Eau de Parfum|concentration=eau de parfum", "Eau de Toilette|concentration=eau de toilette",
       "Cologne|concentration=eau de cologne"],
      (19, 149), n=20,
      attrs={"concentration": ["eau de parfum", "eau de toilette", "eau de cologne"], "scent_family": ["floral", "woody", "citrus", "fresh", "amber"], "volume": ["30 ml", "50 ml", "100 ml"]},
      gender="unisex-ish", aspects=["scent", "value", "shipping"], uses=["evenings out", "everyday wear"],
      short="perfume"),
    # Toys
    S("Toys > Building Toys > Building Sets", "building set",
      ["Building Set", "Building Blocks Kit", "Brick Building Set", "Construction Set"], (12, 149), n=28,
      attrs={"pieces": ["120", "350", "580", "1100", "2300"], "age": ["4+", "6+", "8+", "12+", "18+"],
             "theme": ["space", "city", "castle", "vehicles", "dinosaurs"]},
      aspects=["pieces", "fun", "value", "shipping"], uses=["rainy afternoons", "birthday gifts"], short="set"),
    S("Toys > Games & Puzzles > Board Games", "board game",
      ["Board Game", "Strategy Board Game", "Family Board Game", "Party Game", "Card Game"], (12, 69), n=28,
      attrs={"players": ["2", "2-4", "2-6", "3-8"], "playtime": ["15 minutes", "30 minutes", "60 minutes", "90 minutes"],
             "age": ["6+", "8+", "10+", "14+"]},
      aspects=["fun", "pieces", "value"], uses=["game night", "family evenings"], short="game"),
    S("Toys > Games & Puzzles > Puzzles", "jigsaw puzzle",
      ["Jigsaw Puzzle", "1000 Piece Puzzle|pieces=1000", "500 Piece Jigsaw Puzzle|pieces=500", "Puzzle for Adults"], (9, 39), n=22,
      attrs={"pieces": ["300", "500", "1000", "2000"], "theme": ["landscape", "animals", "map", "art"]},
      aspects=["pieces", "fun", "value"], uses=["quiet evenings", "gifts"], short="puzzle"),
    S("Toys > Outdoor Play > Scooters", "kids scooter", ["Kids Scooter", "Kick Scooter", "3-Wheel Scooter",
                                                         "Toddler Scooter"],
      (29, 149), n=18, feats={"foldable": 0.5, "adjustable": 0.6},
      attrs={"age": ["2+", "3+", "5+", "8+"], "max_load": ["50 kg", "100 kg"]}, colors=BRIGHT, color_listings=True,
      aspects=["fun", "build", "assembly", "stability"], uses=["the park", "the school run"], short="scooter"),
    S("Toys > Plush > Stuffed Animals", "stuffed animal", ["Stuffed Animal", "Plush Toy", "Teddy Bear|animal=bear",
                                                           "Plush Dinosaur|animal=dinosaur"],
      (7, 45), n=22, feats={"machine washable": 0.4},
      attrs={"animal": ["bear", "dinosaur", "bunny", "fox", "whale", "dog"], "height": ["8 in", "12 in", "18 in", "24 in"], "age": ["0+", "3+"]},
      aspects=["softness", "durability", "fun"], uses=["bedtime", "baby showers"], short="plush"),
    # Sports
    S("Sports > Fitness > Yoga Mats", "yoga mat", ["Yoga Mat", "Exercise Mat", "Non-Slip Yoga Mat",
                                                   "Travel Yoga Mat|thickness=3 mm"], (14, 119), n=28,
      feats={"eco friendly": 0.3},
      attrs={"thickness": ["3 mm", "5 mm", "6 mm", "8 mm"], "material": [("natural rubber", "rubber"), ("TPE", None),
                                                                           ("PVC", None), ("cork", None)]},
      colors=BRIGHT + NEUTRAL[:3] + ["Sage", "Lavender"], color_listings=True,
      aspects=["grip", "comfort", "durability", "odor"], uses=["hot yoga", "home workouts", "pilates"],
      short="mat"),
    S("Sports > Fitness > Dumbbells", "dumbbells", ["Adjustable Dumbbells|adjustable", "Dumbbell Set", "Hex Dumbbells|material=rubber coated",
                                                    "Neoprene Dumbbells|material=neoprene"],
      (19, 449), n=22, feats={"adjustable": 0.4},
      attrs={"material": [("cast iron", None), ("rubber coated", None), ("neoprene", None)]},
      var=[("weight", [("5 lb pair", 0), ("10 lb pair", 10), ("20 lb pair", 25), ("30 lb pair", 40)])],
      aspects=["build", "value", "ease", "shipping"], uses=["home gyms", "strength training"], short="dumbbells"),
    S("Sports > Fitness > Resistance Bands", "resistance bands", ["Resistance Bands", "Loop Bands",
                                                                  "Resistance Band Set"],
      (7, 39), n=18, attrs={"levels": ["3", "5"], "material": [("latex", None), ("fabric", None)]},
      aspects=["durability", "value", "ease"], uses=["physical therapy", "travel workouts"], short="bands"),
    S("Sports > Cycling > Bike Helmets", "bike helmet", ["Bike Helmet", "Cycling Helmet", "Road Bike Helmet",
                                                         "Commuter Helmet"],
      (29, 249), n=24, feats={"reflective": 0.4},
      attrs={"certification": ["CPSC", "CPSC and CE"], "vents": ["12", "18", "24"]},
      var=[("size", [("S", 0), ("M", 0), ("L", 0)])], gender="all", colors=NEUTRAL + BRIGHT,
      aspects=["fit", "comfort", "breathability", "style"], uses=["road cycling", "commuting", "mountain biking"],
      short="helmet"),
    S("Sports > Cycling > Bike Lights", "bike light", ["Bike Light Set", "Bike Headlight", "Front Bike Light",
                                                       "USB Bike Light"],
      (9, 89), n=20, feats={"rechargeable": 0.8, "water resistant": 0.7},
      attrs={"brightness": ["100 lumens", "400 lumens", "800 lumens", "1200 lumens"]},
      aspects=["brightness", "battery", "build"], uses=["night commutes", "winter rides"], short="light"),
    S("Sports > Team Sports > Balls", "soccer ball", ["Soccer Ball", "Training Soccer Ball", "Match Soccer Ball",
                                                      "Football"], (12, 149), n=20,
      var=[("size", [("Size 3", 0), ("Size 4", 0), ("Size 5", 2)])], colors=["White", "Blue", "Orange"],
      aspects=["durability", "value", "build"], uses=["practice", "matches"], short="ball"),
    S("Sports > Team Sports > Basketballs", "basketball", ["Basketball", "Indoor/Outdoor Basketball",
                                                           "Composite Basketball"],
      (15, 89), n=16, var=[("size", [("Size 5", 0), ("Size 6", 0), ("Size 7", 0)])],
      aspects=["durability", "grip", "value"], uses=["driveway games", "league play"], short="basketball"),
    S("Sports > Swimming > Goggles", "swim goggles", ["Swim Goggles", "Anti-Fog Goggles", "Swimming Goggles"],
      (7, 39), n=18, attrs={"lens": ["clear", "mirrored", "tinted"]}, gender="all", colors=BRIGHT + ["Black"],
      aspects=["fit", "comfort", "durability"], uses=["lap swimming", "triathlon training"], short="goggles"),
    # Office
    S("Office > Furniture > Office Chairs", "office chair",
      ["Office Chair", "Ergonomic Office Chair", "Mesh Desk Chair|material=mesh", "Task Chair", "Executive Chair|leather"], (79, 899),
      n=30, feats={"adjustable": 0.9},
      attrs={"material": [("mesh", None), ("leather", "leather"), ("fabric", None)],
             "lumbar_support": ["adjustable", "fixed", "none"], "max_weight": ["250 lb", "300 lb", "400 lb"]},
      colors=["Black", "Grey", "White"], aspects=["comfort", "assembly", "durability", "value"],
      uses=["long work days", "the home office"], short="chair"),
    S("Office > Furniture > Standing Desks", "standing desk",
      ["Standing Desk", "Electric Standing Desk", "Sit-Stand Desk", "Height Adjustable Desk"], (149, 899), n=24,
      feats={"adjustable": 1.0},
      attrs={"top_size": ["48 x 24 in", "55 x 28 in", "60 x 30 in", "72 x 30 in"], "motors": ["1", "2"]},
      colors=["Black", "White", "Walnut", "Oak"], aspects=["stability", "assembly", "loudness", "value"],
      uses=["the home office", "standing while working"], short="desk"),
    S("Office > Supplies > Notebooks", "notebook", ["Notebook", "Dotted Notebook|ruling=dotted", "Hardcover Journal|binding=hardcover",
                                                   "Spiral Notebook|binding=spiral"],
      (4, 29), n=24, attrs={"binding": ["hardcover", "softcover", "spiral"], "pages": ["80", "120", "192", "240"], "ruling": ["dotted", "lined", "blank", "grid"],
                            "size": ["A5", "A4", "pocket"]},
      colors=PALETTE, color_listings=True, aspects=["build", "value"], uses=["journaling", "meetings", "bullet journals"],
      short="notebook"),
    S("Office > Supplies > Pens", "pens", ["Pens", "Gel Pens|pen_type=gel", "Ballpoint Pens|pen_type=ballpoint", "Fountain Pen|pen_type=fountain",
       "Fineliner Pens|pen_type=fineliner"], (4, 79), n=22,
      attrs={"pen_type": ["gel", "ballpoint", "fountain", "fineliner"], "tip": ["0.5 mm", "0.7 mm", "1.0 mm", "fine"], "pack": ["1", "5", "12", "24"]},
      aspects=["value", "build", "ease"], uses=["note taking", "sketching", "journaling"], short="pens"),
    S("Office > Desk Accessories > Monitor Stands", "monitor stand",
      ["Monitor Stand", "Monitor Riser", "Monitor Arm", "Dual Monitor Stand"], (15, 149), n=22, feats={"adjustable": 0.7},
      attrs={"material": [("aluminum", "aluminum"), ("bamboo", "wood"), ("steel", None)]},
      colors=["Black", "Silver", "White"], aspects=["stability", "assembly", "build"], uses=["ergonomic setups"],
      short="stand"),
    # Pets
    S("Pets > Dogs > Dog Food", "dry dog food", ["Dry Dog Food", "Dog Food", "Kibble for Dogs", "Puppy Food|life_stage=puppy"],
      (12, 79), n=28, feats={"grain free": 0.4, "organic": 0.1},
      attrs={"protein": ["chicken", "salmon", "lamb", "beef", "turkey"], "life_stage": ["puppy", "adult", "senior"]},
      var=[("bag", [("4 lb", 0), ("15 lb", 25), ("30 lb", 45)])], aspects=["pet", "value", "odor", "shipping"],
      uses=["picky eaters", "sensitive stomachs"], short="food"),
    S("Pets > Dogs > Dog Beds", "dog bed", ["Dog Bed", "Orthopedic Dog Bed|orthopedic", "Calming Dog Bed", "Bolster Dog Bed"],
      (19, 179), n=24, feats={"orthopedic": 0.4, "machine washable": 0.6},
      var=[("size", [("S", 0), ("M", 10), ("L", 25), ("XL", 40)])], colors=["Grey", "Brown", "Navy", "Beige"],
      aspects=["pet", "durability", "cleaning", "softness"], uses=["older dogs", "crates", "naps"], short="bed"),
    S("Pets > Dogs > Leashes & Harnesses", "dog harness", ["Dog Harness", "No-Pull Harness", "Step-In Harness",
                                                            "Padded Dog Harness"],
      (9, 59), n=22, feats={"reflective": 0.6, "adjustable": 0.7},
      var=[("size", [("S", 0), ("M", 0), ("L", 2)])], colors=BRIGHT + ["Black"],
      aspects=["fit", "durability", "pet"], uses=["daily walks", "hikes with your dog"], short="harness"),
    S("Pets > Dogs > Leashes & Harnesses", "dog leash", ["Dog Leash", "Retractable Leash", "Rope Leash", "Hands-Free Leash"],
      (8, 45), n=16, feats={"reflective": 0.5}, attrs={"length": ["4 ft", "6 ft", "16 ft"]},
      colors=BRIGHT + ["Black"], aspects=["durability", "ease", "pet"], uses=["daily walks", "runs with your dog"],
      short="leash"),
    S("Pets > Cats > Cat Litter", "cat litter", ["Cat Litter", "Clumping Cat Litter|clumping", "Unscented Litter|fragrance free",
                                                 "Pine Cat Litter|material=pine"],
      (9, 39), n=20, feats={"clumping": 0.7, "fragrance free": 0.4},
      attrs={"material": [("clay", None), ("pine", "wood"), ("tofu", None), ("walnut", None)],
             "weight": ["10 lb", "20 lb", "40 lb"]},
      aspects=["odor", "cat", "value", "cleaning"], uses=["multi-cat homes"], short="litter"),
    S("Pets > Cats > Cat Trees", "cat tree", ["Cat Tree", "Cat Tower", "Cat Condo", "Cat Activity Tree"], (19, 249),
      n=20, attrs={"height": ["32 in", "48 in", "60 in", "72 in"]}, colors=["Grey", "Beige", "Brown"],
      aspects=["cat", "stability", "assembly", "durability"], uses=["indoor cats", "small apartments"], short="tree"),
    S("Pets > Cats > Cat Toys", "cat toy", ["Cat Toy", "Interactive Cat Toy", "Feather Wand", "Catnip Toys"], (4, 29),
      n=18, feats={"rechargeable": 0.2}, aspects=["cat", "durability", "value"], uses=["bored indoor cats"],
      short="toy"),
    # Garden
    S("Garden > Tools > Pruners", "pruning shears", ["Pruning Shears", "Bypass Pruners", "Garden Shears", "Secateurs"],
      (9, 69), n=20, attrs={"blade": ["bypass", "anvil"], "material": [("carbon steel", None),
                                                                        ("stainless steel", "stainless")]},
      aspects=["build", "comfort", "durability"], uses=["roses", "shrubs", "fruit trees"], short="pruners"),
    S("Garden > Tools > Hoses", "garden hose", ["Garden Hose", "Expandable Garden Hose|expandable", "Rubber Hose",
                                                "Lightweight Hose"],
      (17, 119), n=20, feats={"expandable": 0.4},
      var=[("length", [("25 ft", 0), ("50 ft", 15), ("100 ft", 35)])], colors=["Green", "Black", "Blue"],
      aspects=["durability", "weight", "ease"], uses=["watering beds", "washing the car"], short="hose"),
    S("Garden > Power Equipment > Lawn Mowers", "lawn mower",
      ["Lawn Mower", "Cordless Lawn Mower|cordless", "Electric Mower", "Push Mower"], (149, 899), n=22,
      feats={"cordless": 0.6},
      attrs={"deck": ["16 in", "19 in", "21 in"], "power_source": ["40V battery", "80V battery", "corded electric"]},
      aspects=["power", "battery", "loudness", "assembly"], uses=["small yards", "half-acre lawns"], short="mower"),
    S("Garden > Power Equipment > Leaf Blowers", "leaf blower", ["Leaf Blower", "Cordless Leaf Blower|cordless",
                                                                 "Backpack Blower"],
      (49, 299), n=18, feats={"cordless": 0.7},
      attrs={"airspeed": ["120 mph", "150 mph", "180 mph"]}, aspects=["power", "battery", "loudness", "weight"],
      uses=["fall cleanups", "driveways"], short="blower"),
    S("Garden > Outdoor Living > Grills", "grill", ["Gas Grill|fuel=propane", "Charcoal Grill|fuel=charcoal", "Portable Grill", "Pellet Grill|fuel=wood pellets",
                                                    "Kettle Grill|fuel=charcoal"],
      (49, 899), n=24, attrs={"fuel": ["propane", "charcoal", "wood pellets"], "cooking_area": ["200 sq in",
                                                                                                "450 sq in",
                                                                                                "600 sq in"]},
      colors=["Black", "Silver", "Red"], aspects=["heating", "assembly", "durability", "cleaning"],
      uses=["backyard cookouts", "tailgating", "camping"], short="grill"),
    S("Garden > Planters > Pots", "planter", ["Planter", "Ceramic Planter|material=ceramic", "Self-Watering Planter", "Plant Pot"],
      (9, 119), n=20, attrs={"material": [("ceramic", "ceramic"), ("terracotta", None), ("plastic", None)],
                             "diameter": ["6 in", "8 in", "12 in", "16 in"]},
      colors=["White", "Terracotta", "Black", "Sage", "Cream"], aspects=["style", "durability", "shipping"],
      uses=["houseplants", "balcony gardens"], short="planter"),
    # Automotive
    S("Automotive > Electronics > Dash Cams", "dash cam", ["Dash Cam", "Dashboard Camera", "Front and Rear Dash Cam|cameras=front and rear",
                                                            "4K Dash Cam|resolution=4K"],
      (29, 249), n=24, feats={"gps": 0.4},
      attrs={"cameras": ["front only", "front and rear"], "resolution": ["1080p", "1440p", "4K"], "storage": ["microSD up to 128 GB", "microSD up to 256 GB"]},
      aspects=["screen", "setup", "build", "value"], uses=["commutes", "rideshare driving"], short="dash cam"),
    S("Automotive > Accessories > Phone Mounts", "car phone mount",
      ["Car Phone Mount", "Magnetic Phone Holder", "Dashboard Phone Mount|mount=dashboard", "Vent Mount|mount=vent"], (9, 49), n=20,
      attrs={"mount": ["vent", "dashboard", "windshield", "cup holder"]},
      aspects=["stability", "ease", "build"], uses=["navigation", "road trips"], short="mount"),
    S("Automotive > Car Care > Cleaning", "car wash kit", ["Car Wash Kit", "Car Detailing Kit", "Car Cleaning Kit",
                                                           "Wash and Wax Kit"],
      (8, 69), n=20, attrs={"pieces": ["1", "3", "6", "12"]}, aspects=["value", "ease", "cleaning"],
      uses=["weekend detailing"], short="kit"),
    S("Automotive > Tools & Equipment > Jump Starters", "jump starter",
      ["Jump Starter", "Portable Jump Starter", "Battery Booster", "Jump Box"], (49, 199), n=18,
      attrs={"peak_current": ["1000 A", "2000 A", "3000 A"], "engine_size": ["up to 6L gas", "up to 8L gas",
                                                                             "diesel up to 6L"]},
      aspects=["power", "battery", "build"], uses=["cold mornings", "road trips"], short="jump starter"),
    S("Automotive > Tools & Equipment > Tire Inflators", "tire inflator",
      ["Tire Inflator", "Portable Air Compressor", "Cordless Tire Pump|cordless"], (24, 119), n=16, feats={"cordless": 0.5},
      attrs={"max_pressure": ["100 PSI", "150 PSI"]}, aspects=["power", "accuracy", "loudness"],
      uses=["road trips", "bike tires"], short="inflator"),
    # Baby
    S("Baby > Gear > Strollers", "stroller", ["Stroller", "Travel Stroller", "Jogging Stroller", "Lightweight Stroller"],
      (89, 899), n=22, feats={"foldable": 0.8},
      attrs={"weight": ["13 lb", "17 lb", "24 lb", "30 lb"], "max_child_weight": ["45 lb", "50 lb", "65 lb"]},
      colors=["Black", "Grey", "Navy", "Sage"], aspects=["ease", "weight", "build", "capacity"],
      uses=["city walks", "travel", "jogging"], short="stroller"),
    S("Baby > Gear > Car Seats", "car seat", ["Car Seat", "Convertible Car Seat|seat_type=convertible", "Infant Car Seat|seat_type=infant",
       "Booster Seat|seat_type=booster",
                                              "All-in-One Car Seat|seat_type=all-in-one"],
      (59, 449), n=20, feats={"machine washable": 0.5},
      attrs={"seat_type": ["infant", "convertible", "all-in-one", "booster"], "harness": ["5-point"], "max_child_weight": ["35 lb", "65 lb", "100 lb"]},
      colors=["Black", "Grey", "Navy"], aspects=["setup", "comfort", "ease", "build"], uses=["daily drives"],
      short="car seat"),
    S("Baby > Gear > Baby Carriers", "baby carrier", ["Baby Carrier", "Baby Wrap", "Hip Seat Carrier"], (29, 199),
      n=16, feats={"adjustable": 0.7}, colors=["Grey", "Black", "Sage", "Navy"],
      aspects=["comfort", "ease", "breathability"], uses=["newborns", "hikes with baby"], short="carrier"),
    S("Baby > Feeding > Bottles", "baby bottle", ["Baby Bottles", "Anti-Colic Bottles", "Glass Baby Bottles|material=glass"], (9, 49),
      n=18, feats={"dishwasher safe": 0.7},
      attrs={"material": [("glass", None), ("BPA-free plastic", None), ("silicone", None)], "pack": ["2", "3", "4"]},
      aspects=["cleaning", "ease", "value"], uses=["newborns"], short="bottles"),
    S("Baby > Feeding > High Chairs", "high chair", ["High Chair", "Convertible High Chair", "Portable High Chair"],
      (39, 299), n=14, feats={"foldable": 0.5, "adjustable": 0.6}, colors=["White", "Grey", "Natural Wood"],
      aspects=["cleaning", "stability", "assembly"], uses=["family meals"], short="high chair"),
    # Health & Personal Care
    S("Health & Personal Care > Oral Care > Electric Toothbrushes", "electric toothbrush",
      ["Electric Toothbrush", "Sonic Toothbrush", "Rechargeable Toothbrush"], (19, 229), n=22,
      feats={"rechargeable": 1.0, "smart": 0.2}, attrs={"modes": ["2", "3", "5"],
                                                        "battery_life": ["2 weeks", "4 weeks", "6 weeks"]},
      colors=["White", "Black", "Pink", "Blue"], color_listings=True, aspects=["battery", "ease", "value", "loudness"],
      uses=["sensitive gums", "travel"], short="toothbrush"),
    S("Health & Personal Care > Wellness > Massage Guns", "massage gun", ["Massage Gun", "Percussion Massager",
                                                                          "Mini Massage Gun"],
      (39, 349), n=18, attrs={"speeds": ["5", "20", "30"], "battery_life": ["3 hours", "5 hours", "8 hours"]},
      aspects=["power", "loudness", "battery", "weight"], uses=["post-run recovery", "sore shoulders"],
      short="massage gun"),
    S("Health & Personal Care > Wellness > Scales", "bathroom scale", ["Bathroom Scale", "Smart Scale|smart",
                                                                       "Body Fat Scale|smart"],
      (14, 99), n=16, feats={"smart": 0.5}, attrs={"max_weight": ["330 lb", "400 lb"]},
      aspects=["accuracy", "setup", "build"], uses=["tracking progress"], short="scale"),
    # Luggage & Travel
    S("Luggage & Travel > Luggage > Carry-On", "carry-on suitcase",
      ["Carry-On Luggage", "Carry-On Suitcase", "Cabin Suitcase", "Spinner Carry-On|wheels=4 spinner", "Rolling Carry-On"], (59, 449),
      n=30, feats={"hardside": 0.6, "expandable": 0.5},
      attrs={"dimensions": ["22 x 14 x 9 in", "21 x 15 x 9 in"], "wheels": ["4 spinner", "2 inline"],
             "weight": ["6.4 lb", "7.5 lb", "8.8 lb"]},
      colors=NEUTRAL + ["Teal", "Burgundy", "Sage", "Sky Blue"], color_listings=True,
      aspects=["durability", "capacity", "weight", "ease"], uses=["weekend trips", "business travel"],
      short="suitcase"),
    S("Luggage & Travel > Luggage > Checked", "checked suitcase",
      ["Checked Suitcase", "Large Suitcase", "Checked Luggage", "Spinner Suitcase 28 in|size=28 in"], (79, 499), n=22,
      feats={"hardside": 0.6, "expandable": 0.6}, attrs={"size": ["24 in", "26 in", "28 in", "30 in"]},
      colors=NEUTRAL + ["Teal", "Burgundy"], color_listings=True, aspects=["durability", "capacity", "weight"],
      uses=["long trips", "family vacations"], short="suitcase"),
    S("Luggage & Travel > Travel Accessories > Travel Backpacks", "travel backpack",
      ["Travel Backpack", "Carry-On Backpack", "Laptop Backpack", "Weekender Backpack"], (39, 249), n=24,
      feats={"water resistant": 0.5, "expandable": 0.3},
      attrs={"capacity": ["20 L", "30 L", "35 L", "40 L"], "laptop_sleeve": ["15 in", "16 in", "none"]},
      colors=NEUTRAL + EARTH[:3], color_listings=True, aspects=["capacity", "comfort", "durability"],
      uses=["one-bag travel", "commuting"], short="backpack"),
    S("Luggage & Travel > Travel Accessories > Packing Cubes", "packing cubes",
      ["Packing Cubes", "Compression Packing Cubes", "Packing Cube Set"], (12, 49), n=16, feats={"ultralight": 0.4},
      attrs={"pieces": ["3", "4", "6"]}, colors=BRIGHT + NEUTRAL[:3], aspects=["capacity", "durability", "value"],
      uses=["carry-on travel"], short="cubes"),
    # Tools & Hardware
    S("Tools & Hardware > Power Tools > Drills", "cordless drill",
      ["Cordless Drill", "Drill Driver", "Hammer Drill", "Cordless Drill Kit", "18V Drill Driver Kit"], (39, 299), n=26,
      feats={"cordless": 1.0},
      attrs={"voltage": ["12V", "18V", "20V"], "battery": ["1.5 Ah", "2.0 Ah", "4.0 Ah"], "chuck": ["3/8 in", "1/2 in"]},
      aspects=["power", "battery", "weight", "build"], uses=["furniture assembly", "deck building", "DIY projects"],
      short="drill"),
    S("Tools & Hardware > Hand Tools > Screwdriver Sets", "screwdriver set",
      ["Screwdriver Set", "Precision Screwdriver Kit", "Screwdriver Bit Set"], (9, 79), n=18,
      attrs={"pieces": ["6", "24", "64", "120"]}, aspects=["build", "value", "durability"],
      uses=["electronics repair", "around the house"], short="set"),
    S("Tools & Hardware > Hand Tools > Tool Sets", "tool set", ["Tool Set", "Home Tool Kit", "Mechanics Tool Set",
                                                                "Socket Set"],
      (19, 249), n=18, attrs={"pieces": ["39", "65", "148", "230"]}, aspects=["build", "value", "capacity"],
      uses=["a first home", "car repairs"], short="set"),
]  # fmt: skip

# --------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------


@dataclass
class Product:
    spec: Spec
    brand: str
    model: str
    title: str
    description: str
    price_cents: int | None
    stock: int | None
    rating: float | None
    review_count: int
    reviews: list[dict]
    attributes: dict[str, str]
    tags: list[str]
    features: list[str]
    gender: str | None
    colors: list[str]
    variants: list[dict] | None
    has_image: bool
    duplicate_of: Product | None = None
    id: str = ""


def plural(short: str) -> bool:
    return short.endswith("s") and not short.endswith("ss")


def pick_price(rng: random.Random, lo: float, hi: float, bump: float) -> int:
    """A shelf price in cents: skewed to the lower half of the range, with a realistic ending."""
    x = rng.random() ** 1.3
    value = (lo + (hi - lo) * x) * bump
    value = min(max(value, lo * 0.9), hi * 1.08)
    whole = int(value)
    if whole >= 100:
        whole = (whole // 5) * 5 + rng.choice([4, 9, 9, 9, 5])
    ending = rng.choice([99, 99, 99, 95, 0, 49]) if whole < 500 else rng.choice([99, 0, 0])
    return max(whole, 1) * 100 + ending


def choose_brand(rng: random.Random, top: str) -> str:
    shared = sorted(b for b, cats in SHARED_BRANDS.items() if top in cats)
    if shared and rng.random() < 0.16:
        return rng.choice(shared)
    return rng.choice(BRANDS[top])


def gender_for(rng: random.Random, mode: str | None) -> str | None:
    if mode is None:
        return None
    if mode == "women":
        return "women"
    if mode == "adult":
        return rng.choice(["men", "women", "men", "women", "unisex"])
    if mode == "all":
        return rng.choice(["men", "women", "men", "women", "kids", "unisex"])
    return rng.choice(["unisex", "unisex", "men", "women"])  # unisex-ish


GENDER_WORD = {"men": "Men's", "women": "Women's", "kids": "Kids'", "unisex": "Unisex"}


def sizes_for(spec: Spec, gender: str | None, rng: random.Random, base: int) -> list[tuple[str, str, int]]:
    """(axis, value, price delta in cents) for the size axis of shoe and apparel specs."""
    if spec.var == "shoe":
        if gender == "kids":
            sizes = SHOE_K
        elif gender == "women":
            sizes = SHOE_W
        else:
            sizes = SHOE_M
        # Sellers rarely stock every size.
        start = rng.randint(0, 2)
        sizes = sizes[start : len(sizes) - rng.randint(0, 2)]
        return [("size", s, 500 if s in ("13", "14") and rng.random() < 0.6 else 0) for s in sizes]
    if spec.var == "apparel":
        sizes = ["4-5Y", "6-7Y", "8-9Y", "10-12Y"] if gender == "kids" else APPAREL
        return [("size", s, 300 if s == "XXL" and rng.random() < 0.5 else 0) for s in sizes]
    out = []
    for axis, values in spec.var:
        for value, delta in values:
            if isinstance(delta, str):  # "x1.9": a multiple of the base price
                cents = int(base * float(delta[1:])) // 100 * 100 + 99 - base
            else:
                cents = int(delta * 100)
            out.append((axis, value, cents))
    return out


def color_code(color: str) -> str:
    return COLOR_CODES.get(color) or color.upper().replace(" ", "")[:3]


def make_variants(
    rng: random.Random, spec: Spec, base: int, gender: str | None, colors: list[str], sold_out: bool
) -> list[dict]:
    sizes = sizes_for(spec, gender, rng, base)
    variants = []
    for color in colors or [None]:
        for axis, value, delta in sizes:
            options = {}
            if color:
                options["color"] = color
            options[axis] = value
            code = "-".join(
                part
                for part in (
                    color_code(color) if color else "",
                    value.upper().replace(" ", "").replace("/", ""),
                )
                if part
            )
            # Smaller sizes can be cheaper, never absurdly so.
            price = max(base + delta, base * 45 // 10000 * 100 + 99)
            if sold_out:
                stock = 0
            else:
                roll = rng.random()
                stock = 0 if roll < 0.14 else rng.randint(1, 6) if roll < 0.4 else rng.randint(7, 80)
            variants.append({"sku": code, "options": options, "price": price, "stock": stock})
    return variants


def feature_title_word(rng: random.Random, feat: str) -> str:
    return rng.choice(FEATURES[feat]["title"])


def overlaps(a: str, b: str) -> bool:
    """True if two phrases share a word: "USB-C Rechargeable" and "Rechargeable Toothbrush"."""
    return bool({w.lower() for w in a.split()} & {w.lower() for w in b.split()})


def build_title(
    rng: random.Random,
    spec: Spec,
    brand: str,
    model: str,
    noun: str,
    gender: str | None,
    features: list[str],
    material_word: str | None,
    color: str | None,
) -> str:
    words = []
    feats_in_title = [f for f in features if f in FEATURES and rng.random() < 0.65]
    for f in feats_in_title[:2]:
        w = feature_title_word(rng, f)
        if not overlaps(w, noun):
            words.append(w)
    if material_word and rng.random() < 0.4 and not overlaps(material_word, noun + " " + " ".join(words)):
        words.append(material_word)
    g = GENDER_WORD.get(gender or "", "")
    style = rng.random()
    core = " ".join(words + [noun])
    if style < 0.55:
        title = " ".join(p for p in (brand, model, g, core) if p)
    elif style < 0.8:
        title = " ".join(p for p in (brand, g, core) if p) + f" - {model}"
    else:
        who = {"men": " for Men", "women": " for Women", "kids": " for Kids"}.get(gender or "", "")
        title = f"{model} {core}{who}"
        title += f" by {brand}"
    if color:
        title += rng.choice([f" - {color}", f", {color}", f" ({color})"])
    # A brand or model ending in the noun's first word ("Tandem Baby" + "Baby Carrier") says it once.
    out: list[str] = []
    for word in title.split():
        if not out or out[-1].lower() != word.lower():
            out.append(word)
    return " ".join(out)


MATERIAL_TITLE = {"leather": "Leather", "wool": "Merino", "down": "Down", "cotton": "Cotton", "linen": "Linen",
                  "stainless": "Stainless Steel", "cast iron": "Cast Iron", "carbon": "Carbon", "ceramic": "Ceramic",
                  "rubber": "Rubber", "wood": "Wood"}  # fmt: skip

INTROS = [
    "Built for {use}, the {name} is {adj} and does not cut corners.",
    "Meet the {name} {noun_l}, designed for {use}.",
    "The {name} is our answer to {use}: {adj}, dependable and made to last.",
    "Whether you are planning {use} or just need something reliable, take a look at the {name} {noun_l}.",
    "{brand} designed the {model} for {use}, and it shows.",
]
ADJS = ["versatile", "rugged", "thoughtfully designed", "no-nonsense", "premium", "well-made", "dependable",
        "affordable", "refined", "lightweight"]  # fmt: skip
CLOSERS = [
    "Backed by a one-year warranty from {brand}.",
    "Backed by a two-year limited warranty.",
    "Free returns within 30 days.",
    "Care: wipe clean with a damp cloth.",
    "Ships in recyclable packaging.",
    "Designed in-house by the {brand} product team and tested in the field.",
]
ASPECT_PITCH = {
    "fit": "It fits securely and stays put.",
    "footfit": "The fit runs true to size with room for thicker socks.",
    "footcomfort": "A cushioned footbed and padded collar keep things comfortable from the first mile to the last.",
    "comfort": "Soft padding keeps it comfortable for hours.",
    "support": "A supportive chassis keeps ankles stable under a heavy pack.",
    "grip": "A grippy surface stays put when things get sweaty.",
    "suction": "Strong suction lifts dirt from carpet and hard floors alike.",
    "coating": "The cooking surface releases food easily and cleans in seconds.",
    "durability": "Reinforced stress points and quality materials help it stand up to years of use.",
    "traction": "A grippy outsole with deep lugs bites into mud, gravel and wet rock.",
    "weight": "It is lighter than it looks, so it will not slow you down.",
    "warmth": "It holds warmth well even when the temperature drops.",
    "battery": "The battery goes the distance, and a quick top-up adds hours of use.",
    "sound": "Custom-tuned drivers deliver clear highs and deep, controlled bass.",
    "noise": "Microphones monitor outside sound so calls stay clear.",
    "connectivity": "Pairing is instant and the connection stays stable across the room.",
    "cleaning": "Cleanup takes seconds.",
    "heating": "It heats quickly and evenly.",
    "capacity": "There is plenty of room inside without extra bulk.",
    "power": "A strong motor handles the tough jobs with ease.",
    "skin": "Dermatologist tested and suitable for daily use.",
    "pet": "Dogs take to it right away.",
    "cat": "Cats take to it right away.",
    "fun": "It keeps kids and grown-ups entertained for hours.",
    "setup": "Setup takes minutes and needs no tools.",
    "assembly": "Everything needed for assembly is in the box.",
    "stability": "A wide, solid base keeps it steady.",
}


STORY = [
    "We spent two seasons testing prototypes on {use} before settling on the final design.",
    "Every detail was chosen to save weight and hassle without giving up durability.",
    "It is the kind of {noun_l} you stop thinking about because it simply works.",
    "{brand} makes gear for people who use it hard, and the {model} is no exception.",
    "Customers told us what annoyed them about their old {noun_l}; this is the result.",
    "Thoughtful touches add up: quality materials, clean finishing and a design refined over several versions.",
    "Compared with the previous version, it is simpler, sturdier and easier to live with.",
    "Clean lines and a muted finish mean it looks as good at home as it does out in the world.",
]
CARE = {
    "Footwear": ["Care: brush off dirt and let dry at room temperature, away from direct heat.",
                 "Care: remove the insoles after wet days and stuff with newspaper to dry."],
    "Apparel": ["Care: machine wash cold, tumble dry low.", "Care: wash cold with like colors, hang to dry.",
                "Care: close all zips before washing; do not use fabric softener."],
    "": ["Care: wipe clean with a damp cloth and let it dry naturally.",
         "Care: do not bleach; store in a cool, dry place.",
         "What's in the box: the {noun_l}, a quick-start guide and a warranty card."],
}  # fmt: skip


def build_description(
    rng: random.Random,
    spec: Spec,
    brand: str,
    model: str,
    noun: str,
    features: list[str],
    attrs: dict[str, str],
) -> str:
    """One of three shapes real listings have: a terse line, a short paragraph, or long marketing copy."""
    name = f"{brand} {model}"
    use = rng.choice(spec.uses)
    fill = dict(use=use, name=name, model=model, adj=rng.choice(ADJS), noun_l=noun.lower(), brand=brand)
    shape = rng.random()
    if shape < 0.3:
        bits = [f"{name} {noun.lower()}"]
        if features:
            bits.append("with " + " and ".join(features[:2]))
        return " ".join(bits) + f", great for {use}."
    para1 = [rng.choice(INTROS).format(**fill)]
    for f in features:
        if f in FEATURES:
            para1.append(rng.choice(FEATURES[f]["desc"]))
    if shape < 0.62:
        if rng.random() < 0.5:
            para1.append(rng.choice(STORY).format(**fill))
        return " ".join(para1)
    para1.extend(s.format(**fill) for s in rng.sample(STORY, k=2))
    para2 = [
        ASPECT_PITCH[a] for a in rng.sample(spec.aspects, k=min(3, len(spec.aspects))) if a in ASPECT_PITCH
    ]
    other = [u for u in spec.uses if u != use]
    if other:
        para2.append(f"It is just as much at home on {rng.choice(other)} as on {use}.")
    specs = "; ".join(f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in attrs.items())
    para3 = [f"Specifications. {specs}."] if specs else []
    para4 = [rng.choice(CARE.get(spec.top, CARE[""])).format(**fill), rng.choice(CLOSERS).format(brand=brand)]
    return "\n\n".join(" ".join(p) for p in (para1, para2, para3, para4) if p)


def review_text(rng: random.Random, spec: Spec, stars: int) -> str:
    subject = spec.short
    this = ("These " if plural(subject) else "This ") + subject
    low = 2 if stars == 3 else 1  # a mixed review says something good and something bad
    aspects = rng.sample(spec.aspects, k=min(len(spec.aspects), rng.randint(low, 3)))
    sentences = []
    for i, aspect in enumerate(aspects):
        pos, neg = ASPECTS[aspect]
        if stars >= 4:
            good = not (stars == 4 and i == len(aspects) - 1 and len(aspects) > 1 and rng.random() < 0.6)
        elif stars == 3:
            good = i % 2 == 0
        else:
            good = stars == 2 and i > 0 and rng.random() < 0.3
        s = rng.choice(pos if good else neg)
        if stars == 4 and not good:
            s = "Only complaint: " + s[0].lower() + s[1:]
        if stars == 3 and not good:
            s = "On the other hand, " + s[0].lower() + s[1:]
        sentences.append(s.replace("{This}", this).replace("{this}", this.lower()))
    if rng.random() < 0.35:
        sentences.append(
            rng.choice(
                ["I used them for", "I used it for", "Bought it for"][0 if plural(subject) else 1 :]
            ).strip()
            + f" {rng.choice(spec.uses)}."
        )
    closer = rng.choice(REVIEW_CLOSERS[stars])
    if closer:
        sentences.append(closer)
    return " ".join(sentences)


def make_reviews(rng: random.Random, spec: Spec, quality: float) -> list[dict]:
    reviews = []
    for _ in range(rng.randint(2, 6)):
        stars = round(min(5, max(1, rng.gauss(quality, 1.0))))
        reviews.append(
            {
                "rating": stars,
                "title": rng.choice(REVIEW_TITLES[stars]),
                "text": review_text(rng, spec, stars),
            }
        )
    return reviews


# A product cannot be both: a vegan boot has no leather, a nonstick pan is not bare steel.
CONFLICTS = {"vegan": {"leather", "wool", "down"}, "nonstick": {"stainless", "cast iron"}}


def parse_noun(entry: str) -> tuple[str, list[str], dict[str, list[str]]]:
    """'Down Jacket|down' -> the noun, the features it promises, and the attribute values it allows."""
    noun, *needs = entry.split("|")
    feats = [n for n in needs if "=" not in n]
    attrs = {k: v.split("/") for k, v in (n.split("=", 1) for n in needs if "=" in n)}
    return noun, feats, attrs


def noun_fits(entry: str, features: list[str], attrs: dict[str, str]) -> bool:
    _, feats, need = parse_noun(entry)
    return all(f in features for f in feats) and all(attrs.get(k) in v for k, v in need.items())


def check_tables() -> None:
    """Fail fast on a typo in the tables rather than deep inside generation."""
    for spec in SPECS:
        assert spec.top in BRANDS, spec.path
        assert len(spec.path.split(" > ")) == 3, spec.path
        for aspect in spec.aspects:
            assert aspect in ASPECTS, (spec.path, aspect)
        for feat in spec.feats:
            assert feat in FEATURES, (spec.path, feat)
        # A relisting must always find a noun that does not promise more than the product has.
        assert any("|" not in n for n in spec.nouns), spec.path


class Generator:
    def __init__(self, seed: int = SEED):
        self.rng = random.Random(seed)
        self.used_models: set[tuple[str, str]] = set()

    def model_name(self, brand: str, spec: Spec) -> str:
        rng = self.rng
        # "Terra Air Air Fryer" reads badly: no model word that the product nouns already use.
        noun_words = {w.lower() for n in spec.nouns for w in parse_noun(n)[0].split()}
        for _ in range(200):
            model = rng.choice(MODEL_WORDS)
            suffix = rng.choice(MODEL_SUFFIXES)
            if model.lower() in noun_words or suffix.lower() in noun_words:
                continue
            if suffix:
                model = f"{model} {suffix}"
            if (brand, model) not in self.used_models:
                self.used_models.add((brand, model))
                return model
        raise RuntimeError("ran out of model names")

    def product(self, spec: Spec, brand: str | None = None, model: str | None = None, color: str | None = None,
                base: Product | None = None) -> Product:  # fmt: skip
        rng = self.rng
        brand = brand or choose_brand(rng, spec.top)
        model = model or self.model_name(brand, spec)
        material_word = None
        if base is not None:
            gender, features, attrs = base.gender, list(base.features), dict(base.attributes)
            fitting = [n for n in spec.nouns if noun_fits(n, features, attrs)]
            noun = parse_noun(rng.choice(fitting))[0]
        else:
            noun, need_feats, need_attrs = parse_noun(rng.choice(spec.nouns))
            gender = gender_for(rng, spec.gender)
            features = [f for f, p in spec.feats.items() if f in need_feats or rng.random() < p]
            attrs = {}
            for key, values in spec.attrs.items():
                candidates = [v if isinstance(v, tuple) else (v, None) for v in values]
                if key in need_attrs:
                    candidates = [c for c in candidates if c[0] in need_attrs[key]]
                wanted = [c for c in candidates if c[1] in need_feats]
                if wanted:
                    candidates = wanted
                for f in features:
                    if f in CONFLICTS:
                        candidates = [c for c in candidates if c[1] not in CONFLICTS[f]] or candidates
                value, feat = rng.choice(candidates)
                if feat:
                    features.append(feat)
                    if len(value.split()) <= 3:
                        material_word = value.title().replace("Bpa", "BPA").replace("Tpu", "TPU")
                attrs[key] = value
            for f, clashes in CONFLICTS.items():
                if f in features and clashes & set(features) and f not in need_feats:
                    features.remove(f)
            missing = [f for f in need_feats if f not in features]
            if missing:
                raise ValueError(f"{spec.path}: noun {noun!r} needs {missing}, which no attribute gives")
            for f in spec.feats:
                info = FEATURES[f]
                attrs[info["attr"]] = info.get("yes", "yes") if f in features else info.get("no", "no")
            if gender:
                attrs["gender"] = gender
        features = sorted(set(features))
        # Price: more features cost more.
        bump = 1.0 + 0.08 * len([f for f in features if f in spec.feats]) + rng.uniform(-0.05, 0.05)
        if base is not None:
            price = base.price_cents or min(v["price"] for v in base.variants or [{"price": 999}])
            price = int(round(price * rng.uniform(0.93, 1.07) / 100.0)) * 100 + rng.choice([99, 95, 0])
        else:
            price = pick_price(rng, spec.price[0], spec.price[1], bump)
        sold_out = rng.random() < 0.08
        colors: list[str] = []
        variants = None
        if spec.var is not None:
            if spec.colors:
                colors = (
                    [color] if color else rng.sample(spec.colors, k=min(len(spec.colors), rng.randint(1, 4)))
                )
            variants = make_variants(rng, spec, price, gender, colors, sold_out)
            stock = None
            price_cents = None
        else:
            if color:
                colors = [color]
            elif base is not None and base.colors:
                colors = list(base.colors)
            elif spec.colors:
                colors = [rng.choice(spec.colors)]
            if colors:
                attrs["color"] = colors[0]
            price_cents = price
            stock = 0 if sold_out else (rng.randint(1, 9) if rng.random() < 0.3 else rng.randint(10, 400))
        title = build_title(
            rng, spec, brand, model, noun, gender, features, material_word if base is None else None,
            color if (color and rng.random() < 0.85) else None,
        )  # fmt: skip
        if variants is None and colors and color is None and rng.random() < 0.25:
            title += f" - {colors[0]}"
        description = build_description(rng, spec, brand, model, noun, features, attrs)
        # Reviews: about one product in ten has none yet.
        quality = min(4.9, max(1.8, rng.gauss(4.0, 0.7)))
        if rng.random() < 0.1:
            rating, review_count, reviews = None, 0, []
        else:
            reviews = make_reviews(rng, spec, quality)
            review_count = len(reviews) + int(rng.paretovariate(1.1) * 8) - 8 + rng.randint(0, 40)
            review_count = min(max(review_count, len(reviews)), 6000)
            mean = sum(r["rating"] for r in reviews) / len(reviews)
            weight = min(len(reviews) / review_count, 1.0)
            rating = round(min(5.0, max(1.0, weight * mean + (1 - weight) * quality)), 1)
        tags = sorted({spec.type, spec.sub.lower(), spec.path.split(" > ")[-1].lower(), *features})
        if gender:
            tags.append(gender)
        return Product(
            spec=spec, brand=brand, model=model, title=title, description=description, price_cents=price_cents,
            stock=stock, rating=rating, review_count=review_count, reviews=reviews, attributes=attrs, tags=tags,
            features=features, gender=gender, colors=colors, variants=variants, has_image=rng.random() > 0.05,
        )  # fmt: skip

    def duplicate(self, original: Product) -> Product:
        """The same product listed again by another seller: new wording, similar price."""
        rng = self.rng
        spec = original.spec
        dup = self.product(spec, brand=original.brand, model=original.model, base=original,
                           color=original.colors[0] if len(original.colors) == 1 and rng.random() < 0.5 else None)  # fmt: skip
        if rng.random() < 0.3:
            dup.title = dup.title.upper() if rng.random() < 0.3 else dup.title + rng.choice(
                [" | Free Shipping", " (Renewed)", " - New", " - Fast Delivery"])  # fmt: skip
        dup.duplicate_of = original
        return dup

    def run(self) -> list[Product]:
        rng = self.rng
        products: list[Product] = []
        for spec in SPECS:
            made = 0
            target = max(8, round(spec.n * SCALE))
            while made < target:
                if spec.color_listings and spec.colors and rng.random() < 0.18:
                    # One model sold as separate listings per colour.
                    brand = choose_brand(rng, spec.top)
                    model = self.model_name(brand, spec)
                    first = self.product(spec, brand=brand, model=model, color=rng.choice(spec.colors))
                    products.append(first)
                    others = [c for c in spec.colors if c not in first.colors]
                    for color in rng.sample(others, k=min(len(others), rng.randint(1, 3))):
                        sibling = self.product(spec, brand=brand, model=model, color=color, base=first)
                        sibling.price_cents = first.price_cents if rng.random() < 0.7 else sibling.price_cents
                        products.append(sibling)
                        made += 1
                    made += 1
                else:
                    products.append(self.product(spec))
                    made += 1
        originals = list(products)
        for original in rng.sample(originals, k=len(originals) // 20):
            products.append(self.duplicate(original))
        rng.shuffle(products)
        for i, p in enumerate(products, start=1):
            p.id = f"P{i:05d}"
        return products


def money(cents: int) -> float:
    return cents / 100


def product_row(p: Product) -> dict:
    row: dict = {"id": p.id, "title": p.title, "brand": p.brand, "category": p.spec.path,
                 "description": p.description, "currency": "USD"}  # fmt: skip
    if p.variants is None:
        row["price"] = money(p.price_cents or 0)
        row["stock"] = p.stock
    if p.rating is not None:
        row["rating"] = p.rating
    row["review_count"] = p.review_count
    row["attributes"] = p.attributes
    row["tags"] = p.tags
    if p.has_image:
        row["image_url"] = f"{IMAGE_BASE}/{p.id}.jpg"
    if p.reviews:
        row["reviews"] = p.reviews
    if p.variants is not None:
        row["variants"] = [
            {
                "sku": f"{p.id}-{v['sku']}",
                "options": v["options"],
                "price": money(v["price"]),
                "stock": v["stock"],
            }
            for v in p.variants
        ]
    return row


def truth_row(p: Product) -> dict:
    if p.variants is None:
        price, in_stock = p.price_cents or 0, (p.stock or 0) > 0
    else:
        price, in_stock = min(v["price"] for v in p.variants), any(v["stock"] > 0 for v in p.variants)
    return {
        "id": p.id, "type": p.spec.type, "category": p.spec.top, "subcategory": p.spec.sub, "path": p.spec.path,
        "features": p.features, "gender": p.gender, "colors": p.colors, "brand": p.brand, "model": p.model,
        "price": money(price), "in_stock": in_stock,
        "duplicate_of": p.duplicate_of.id if p.duplicate_of else None,
    }  # fmt: skip


def write_jsonl_gz(path: Path, rows: list[dict]) -> None:
    buf = io.BytesIO()
    # mtime=0 and no file name in the header keep the bytes reproducible.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        for row in rows:
            gz.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            gz.write(b"\n")
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    check_tables()
    products = Generator().run()
    write_jsonl_gz(args.out / "products.jsonl.gz", [product_row(p) for p in products])
    write_jsonl_gz(args.out / "ground_truth.jsonl.gz", [truth_row(p) for p in products])
    cats = Counter(p.spec.top for p in products)
    n_var = sum(1 for p in products if p.variants)
    n_skus = sum(len(p.variants) if p.variants else 1 for p in products)
    n_out = sum(1 for p in products if not truth_row(p)["in_stock"])
    n_norev = sum(1 for p in products if not p.reviews)
    n_dup = sum(1 for p in products if p.duplicate_of)
    print(
        f"{len(products)} products, {n_skus} SKUs, {len(cats)} categories, {len(SPECS)} product types; "
        f"{n_var} with variants, {n_out} out of stock, {n_norev} without reviews, {n_dup} duplicate listings",
        file=sys.stderr,
    )
    for cat, count in sorted(cats.items()):
        print(f"  {cat}: {count}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
