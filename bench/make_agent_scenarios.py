"""Generate bench/agent_scenarios_more.jsonl: extra multi-turn agent-benchmark scenarios (standard library only).

    python bench/make_agent_scenarios.py

Every expectation was chosen against sample_catalog/products.jsonl.gz (USD, 2,431 products):
category substrings, brands, price floors (watch targets sit below the category's cheapest product),
and in-stock option combinations (colour+size pairs named in variant turns are in stock for at least
six products of that category; the "asks" turns use categories whose every in-stock product has
several in-stock sizes/colours). The search-class requests marked HG are rewrites of shopper goals
from /work/shared/data/webshop/human_goals.json (WebShop, MIT), mapped onto the sample catalog.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "agent_scenarios_more.jsonl"
CLASSES = {
    "negation", "hypothetical", "variant", "cart", "watch", "followup", "multilingual",
    "currency", "compare", "reviews", "checkout", "search",
}
KEYS = {
    "route", "tools_any", "results_nonempty", "results_max_price", "results_min_price",
    "results_min_rating", "results_brand", "results_category", "results_option", "results_in_stock",
    "results_include", "cheaper_than_prev", "pricier_than_prev", "cart_has", "cart_qty", "cart_lines",
    "cart_max_unit_price", "watches", "answer_grounded", "state_unchanged", "asks", "cart_option",
    "answer_mentions",
}
TOOLS = {
    "search_products", "add_to_cart", "remove_from_cart", "update_cart_quantity", "view_cart",
    "prepare_checkout", "create_watch", "remove_watch", "list_watches", "compare_products",
    "summarize_reviews", "get_product",
}

ADD = ["add_to_cart"]
QTY = ["add_to_cart", "update_cart_quantity"]
CMP = ["compare_products", "get_product"]
REV = ["summarize_reviews", "get_product"]
SAME = {"state_unchanged": True}

SCENARIOS: list[dict] = []


def S(sid: str, cls: str, *turns: tuple[str, dict]) -> None:
    SCENARIOS.append({"id": sid, "class": cls, "turns": [{"user": u, "expect": e} for u, e in turns]})


def cat(c: str, **more) -> dict:
    return {"results_category": c, **more}


# ------------------------------------------------------------------ negation
S("neg-kettle-price-only", "negation",
  ("electric kettle", cat("Kettles")),
  ("don't add it yet, just tell me the price of the first one", {**SAME, "cart_lines": 0, "answer_grounded": True}))
S("neg-earbuds-no-cart", "negation",
  ("wireless earbuds under 100", cat("Earbuds", results_max_price=100)),
  ("no, don't put anything in my cart. how long does the battery of #2 last?", {**SAME, "cart_lines": 0}))
S("neg-boots-not-buying", "negation",
  ("hiking boots", cat("Hiking")),
  ("I'm not buying today, just curious which of these is rated highest", {**SAME, "cart_lines": 0}))
S("neg-tent-not-the-second", "negation",
  ("camping tent", cat("Tents")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}),
  ("actually no, don't add the second one, one tent is enough", {**SAME, "cart_lines": 1}))
S("neg-no-price-alert", "negation",
  ("espresso machine", cat("Espresso")),
  ("don't set up a price alert, just tell me whether the first one is in stock", {**SAME, "watches": 0}))
S("neg-dont-remove-show-cart", "negation",
  ("blender", cat("Blenders")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("don't remove anything, just show me what's in my cart", {**SAME, "tools_any": ["view_cart"], "cart_lines": 1}))
S("neg-dont-check-out-yet", "negation",
  ("travel mug", cat("Travel Mugs")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("don't check out yet, I'm still browsing", {**SAME, "cart_lines": 1}))
S("neg-maybe-later", "negation",
  ("dash cam", cat("Dash Cams")),
  ("maybe later", {**SAME, "cart_lines": 0, "watches": 0}))
S("neg-typo-dont-add", "negation",
  ("headlamp under 40", cat("Headlamps", results_max_price=40)),
  ("nah dont add anythin, whats the brightest one?", {**SAME, "cart_lines": 0}))
S("neg-keep-quantity", "negation",
  ("water bottle", cat("Water Bottles")),
  ("add two of the first one to my cart", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 2}}),
  ("leave the quantity as it is, how much is it each?", {**SAME, "cart_qty": {"ref": "#1", "qty": 2}}))
S("neg-keep-watch-list", "negation",
  ("coffee maker", cat("Coffee")),
  ("notify me when the first one drops below 20 dollars", {"tools_any": ["create_watch"], "watches": 1}),
  ("don't delete the watch, just list my watches", {**SAME, "tools_any": ["list_watches"], "watches": 1}))
S("neg-compare-dont-add", "negation",
  ("sleeping bag", cat("Sleeping Bags")),
  ("compare the first two but don't add either of them", {**SAME, "tools_any": ["compare_products"],
                                                          "results_include": ["#1", "#2"]}))
S("neg-not-now-thanks", "negation",
  ("standing desk", cat("Standing Desks")),
  ("thanks, not now. I'll think about it", {**SAME, "cart_lines": 0}))

# ------------------------------------------------------------------ hypothetical
S("hyp-total-if-two", "hypothetical",
  ("electric kettle", cat("Kettles")),
  ("what would the total be if I added two of the first one?", {**SAME, "cart_lines": 0}))
S("hyp-if-bought-both", "hypothetical",
  ("trekking poles", cat("Trekking Poles")),
  ("if I bought the first and the second, how much would that come to?", {**SAME, "cart_lines": 0}))
S("hyp-express-no-order", "hypothetical",
  ("blender under 100", cat("Blenders", results_max_price=100)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("what would it cost with express shipping? don't place the order", {**SAME, "tools_any": ["prepare_checkout"],
                                                                      "cart_lines": 1}))
S("hyp-three-more", "hypothetical",
  ("yoga mat", cat("Yoga")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("hypothetically, if I added 3 more of those, what would my cart total be?",
   {**SAME, "cart_qty": {"ref": "#1", "qty": 1}}))
S("hyp-budget-check", "hypothetical",
  ("office chair under 300", cat("Office Chairs", results_max_price=300)),
  ("would the first one plus a monitor stand stay under 400 dollars?", {**SAME, "cart_lines": 0}))
S("hyp-savings-cheapest", "hypothetical",
  ("air fryer", cat("Air Fryers")),
  ("suppose I went with the cheapest one instead of #1, how much would I save?", {**SAME, "cart_lines": 0}))
S("hyp-size-available", "hypothetical",
  ("running shoes", cat("Running")),
  ("if I wanted the second one in size 10, would that be available?", {**SAME, "tools_any": ["get_product"]}))
S("hyp-gift-would-it", "hypothetical",
  ("board game", cat("Board Games")),
  ("would the first one make a good gift for a 10 year old? not buying yet", {**SAME, "answer_grounded": True}))
S("hyp-alert-suggest", "hypothetical",
  ("standing desk", cat("Standing Desks")),
  ("if I set a price alert on the first one, what target price would make sense? don't create it",
   {**SAME, "watches": 0}))
S("hyp-swap-total", "hypothetical",
  ("frying pan in stock", cat("Frying Pans", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("what would my total be if I swapped it for the second one? just asking", {**SAME, "cart_lines": 1}))
S("hyp-what-if-five", "hypothetical",
  ("notebook", cat("Notebooks")),
  ("how much would five of the first one cost?", {**SAME, "cart_lines": 0}))

# ------------------------------------------------------------------ variant
S("var-jeans-black-m", "variant",
  ("black jeans in size M", cat("Jeans", results_option={"color": "black", "size": "m"})),
  ("add the first one in black, size M", {"tools_any": ADD, "cart_has": "#1",
                                          "cart_option": {"color": "black", "size": "M"}}))
S("var-hiking-boots-brown-9", "variant",
  ("brown hiking boots in size 9", cat("Hiking", results_option={"color": "brown", "size": "9"})),
  ("add the first one in brown, size 9", {"tools_any": ADD, "cart_option": {"color": "brown", "size": "9"}}))
S("var-dog-bed-beige-m", "variant",
  ("beige dog bed, size M", cat("Dog Beds", results_option={"color": "beige", "size": "m"})),
  ("put #1 in my cart, beige, size M", {"tools_any": ADD, "cart_has": "#1",
                                        "cart_option": {"color": "beige", "size": "M"}}))
S("var-comforter-white-king", "variant",
  ("white king size comforter", cat("Comforters", results_option={"color": "white", "size": "king"})),
  ("add the first one in white, king size", {"tools_any": ADD, "cart_option": {"color": "white", "size": "King"}}))
S("var-pillow-queen", "variant",
  ("queen pillows", cat("Pillows", results_option={"size": "queen"})),
  ("add the first one in queen", {"tools_any": ADD, "cart_has": "#1", "cart_option": {"size": "Queen"}}))
S("var-basketball-size-7", "variant",
  ("size 7 basketball", cat("Basketballs", results_option={"size": "size 7"})),
  ("add the first one in size 7", {"tools_any": ADD, "cart_option": {"size": "Size 7"}}))
S("var-moisturizer-50ml", "variant",
  ("moisturizer in 50 ml", cat("Moisturizers", results_option={"size": "50 ml"})),
  ("add the first one, the 50 ml size", {"tools_any": ADD, "cart_option": {"size": "50 ml"}}))
S("var-sheets-grey-twin", "variant",
  ("grey twin sheets", cat("Sheets", results_option={"color": "grey", "size": "twin"})),
  ("add #1 in grey, twin", {"tools_any": ADD, "cart_option": {"color": "grey", "size": "Twin"}}))
S("var-winter-boots-second", "variant",
  ("winter boots in black, size 9", cat("Winter", results_option={"color": "black", "size": "9"})),
  ("add the second one in black size 9", {"tools_any": ADD, "cart_has": "#2",
                                          "cart_option": {"color": "black", "size": "9"}}))
S("var-work-boots-two-pairs", "variant",
  ("brown work boots size 10", cat("Work", results_option={"color": "brown", "size": "10"})),
  ("add two pairs of the first one in brown, size 10", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 2},
                                                        "cart_option": {"color": "brown", "size": "10"}}))
S("var-helmet-red-m", "variant",
  ("red bike helmet in medium", cat("Bike Helmets", results_option={"color": "red", "size": "m"})),
  ("add the first one, red, size M", {"tools_any": ADD, "cart_option": {"color": "red", "size": "M"}}))
S("var-tshirt-asks-size", "variant",
  ("t-shirts in stock", cat("T-Shirts", results_in_stock=True)),
  ("add the first one to my cart", {**SAME, "asks": True, "cart_lines": 0}))
S("var-slippers-asks-size", "variant",
  ("house slippers in stock", cat("Slippers", results_in_stock=True)),
  ("put the first pair in my cart", {**SAME, "asks": True, "cart_lines": 0}))
S("var-hoodie-asks", "variant",
  ("hoodies in stock", cat("Hoodies", results_in_stock=True)),
  ("add the second one", {**SAME, "asks": True, "cart_lines": 0}))

# ------------------------------------------------------------------ cart
S("cart-speaker-add-first", "cart",
  ("bluetooth speaker that's in stock", cat("Speakers", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}))
S("cart-notebooks-three", "cart",
  ("notebooks in stock", cat("Notebooks", results_in_stock=True)),
  ("add 3 of the first one", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 3}}))
S("cart-mount-add-remove", "cart",
  ("phone mount for the car", cat("Phone Mounts")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("actually take it out", {"tools_any": ["remove_from_cart"], "cart_lines": 0}))
S("cart-knife-and-pan", "cart",
  ("chef knife in stock", cat("Chef Knives", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("frying pan in stock", cat("Frying Pans", results_in_stock=True)),
  ("add the second one too", {"tools_any": ADD, "cart_has": "#2", "cart_lines": 2}))
S("cart-cubes-make-it-four", "cart",
  ("packing cubes", cat("Packing Cubes")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("make it 4", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 4}}))
S("cart-cat-toys-view", "cart",
  ("cat toys", cat("Cat Toys")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("and the second one", {"tools_any": ADD, "cart_has": "#2", "cart_lines": 2}),
  ("what's in my cart?", {**SAME, "tools_any": ["view_cart"], "cart_lines": 2}))
S("cart-mouse-cheapest", "cart",
  ("mouse under 50", cat("Mice", results_max_price=50)),
  ("add the cheapest one to my cart", {"tools_any": ADD, "cart_lines": 1, "cart_max_unit_price": 50}))
S("cart-pens-empty", "cart",
  ("pens in stock", cat("Pens", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("empty my cart", {"cart_lines": 0}))
S("cart-terse-hash", "cart",
  ("power bank", cat("Power Banks")),
  ("add #1", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}))
S("cart-polite-basket", "cart",
  ("could you please find me a sunscreen?", cat("Sunscreen")),
  ("lovely, would you kindly add the third one to my basket?", {"tools_any": ADD, "cart_has": "#3"}))
S("cart-bands-reduce", "cart",
  ("resistance bands", cat("Resistance Bands")),
  ("add 3 of the first one to my cart", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 3}}),
  ("reduce it to 1", {"tools_any": ["update_cart_quantity"], "cart_qty": {"ref": "#1", "qty": 1}, "cart_lines": 1}))
S("cart-typo-plush", "cart",
  ("stufed animal for a toddler, in stock", cat("Stuffed", results_in_stock=True)),
  ("ad the firts one to cart", {"tools_any": ADD, "cart_has": "#1"}))

# ------------------------------------------------------------------ watch
S("watch-earbuds-below-20", "watch",
  ("wireless earbuds", cat("Earbuds")),
  ("let me know if the first one drops below 20 dollars", {"tools_any": ["create_watch"], "watches": 1,
                                                           "cart_lines": 0}))
S("watch-espresso-then-list", "watch",
  ("espresso machine", cat("Espresso")),
  ("watch the second one for under 80", {"tools_any": ["create_watch"], "watches": 1}),
  ("show my price watches", {**SAME, "tools_any": ["list_watches"], "watches": 1}))
S("watch-tent-then-stop", "watch",
  ("tent", cat("Tents")),
  ("alert me when the first one goes under 60", {"tools_any": ["create_watch"], "watches": 1}),
  ("stop watching it", {"tools_any": ["remove_watch"], "watches": 0}))
S("watch-two-smartwatches", "watch",
  ("smartwatch", cat("Smartwatches")),
  ("watch the first one for under 50", {"tools_any": ["create_watch"], "watches": 1}),
  ("and the second one under 50 too", {"tools_any": ["create_watch"], "watches": 2}))
S("watch-empty-list", "watch",
  ("do I have any price alerts?", {**SAME, "tools_any": ["list_watches"], "watches": 0}))
S("watch-laptop-400", "watch",
  ("laptop", cat("Laptops")),
  ("ping me if the first one falls below 400", {"tools_any": ["create_watch"], "watches": 1}))
S("watch-robot-vacuum-no-cart", "watch",
  ("robot vacuum", cat("Robot Vacuums")),
  ("set a price watch on the first one at 150", {"tools_any": ["create_watch"], "watches": 1, "cart_lines": 0}))
S("watch-typo-desk", "watch",
  ("standing desk", cat("Standing Desks")),
  ("notfy me wen #1 is under 250", {"tools_any": ["create_watch"], "watches": 1}))
S("watch-stroller-track", "watch",
  ("stroller", cat("Strollers")),
  ("track the price of the third one and tell me if it gets below 90", {"tools_any": ["create_watch"], "watches": 1}))

# ------------------------------------------------------------------ followup
S("fu-headphones-cheaper", "followup",
  ("headphones", cat("Headphones")),
  ("cheaper ones?", {"cheaper_than_prev": True}))
S("fu-travel-backpack-premium", "followup",
  ("travel backpack", cat("Travel Backpacks")),
  ("show me something more premium", {"pricier_than_prev": True}))
S("fu-rain-jacket-black", "followup",
  ("rain jacket", cat("Rain Jackets")),
  ("in black", {"results_option": {"color": "black"}}))
S("fu-tents-northpeak", "followup",
  ("tent", cat("Tents")),
  ("only Northpeak", {"results_brand": "Northpeak"}))
S("fu-monitor-under-400", "followup",
  ("monitor for my desk", cat("Monitors")),
  ("under 400", {"results_max_price": 400}))
S("fu-drill-third-detail", "followup",
  ("cordless drill", cat("Drills")),
  ("tell me more about the third one", {"tools_any": ["get_product"], "answer_grounded": True}))
S("fu-sheets-high-rated", "followup",
  ("bed sheets", cat("Sheets")),
  ("only the ones with 4.5 stars or more", {"results_min_rating": 4.5}))
S("fu-car-seat-in-stock", "followup",
  ("car seat", cat("Car Seats")),
  ("just the ones in stock", {"results_in_stock": True}))
S("fu-coffee-brewmark-cheaper", "followup",
  ("coffee maker", cat("Coffee")),
  ("Brewmark only", {"results_brand": "Brewmark"}),
  ("which is the cheapest of those?", {**SAME, "answer_grounded": True}))
S("fu-cast-iron-seasoned", "followup",
  ("cast iron skillet", cat("Cast Iron")),
  ("is the first one pre-seasoned?", {"tools_any": ["get_product"], "answer_grounded": True}))
S("fu-dog-bed-chain", "followup",
  ("dog bed", cat("Dog Beds")),
  ("under 100", {"results_max_price": 100}),
  ("cheaper", {"cheaper_than_prev": True}))

# ------------------------------------------------------------------ multilingual
S("ml-es-earbuds-add", "multilingual",
  ("auriculares inalámbricos por menos de 100 dólares", cat("Earbuds", results_max_price=100)),
  ("añade el primero al carrito", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}))
S("ml-zh-kettle-add", "multilingual",
  ("电热水壶", cat("Kettles")),
  ("把第一个加入购物车", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}))
S("ml-de-tent-second", "multilingual",
  ("Zelt für vier Personen", cat("Tents")),
  ("das zweite bitte in den Warenkorb", {"tools_any": ADD, "cart_has": "#2"}))
S("ml-fr-coffee-cheaper", "multilingual",
  ("machine à café", cat("Coffee")),
  ("moins cher", {"cheaper_than_prev": True}))
S("ml-es-yoga-cheaper", "multilingual",
  ("esterilla de yoga", cat("Yoga")),
  ("más barato, por favor", {"cheaper_than_prev": True}))
S("ml-zh-speaker-compare", "multilingual",
  ("蓝牙音箱", cat("Speakers")),
  ("比较第一个和第二个", {"tools_any": ["compare_products"], "results_include": ["#1", "#2"]}))
S("ml-de-headphones-reviews", "multilingual",
  ("Kopfhörer mit Geräuschunterdrückung", cat("Headphones")),
  ("was sagen die Bewertungen zum ersten?", {"tools_any": REV, "answer_grounded": True}))
S("ml-fr-desk-lamp-add", "multilingual",
  ("lampe de bureau", cat("Desk Lamps")),
  ("ajoute le premier au panier", {"tools_any": ADD, "cart_has": "#1"}))
S("ml-zh-vacuum-under-200-usd", "multilingual",
  ("200美元以下的吸尘器", cat("Vacuum", results_max_price=200)))
S("ml-de-bottle-in-stock", "multilingual",
  ("Trinkflasche, die auf Lager ist", cat("Water Bottles", results_in_stock=True)))
S("ml-fr-sleeping-bag-no-add", "multilingual",
  ("sac de couchage", cat("Sleeping Bags")),
  ("ne l'ajoute pas, dis-moi juste le prix du premier", {**SAME, "cart_lines": 0}))
S("ml-es-watch", "multilingual",
  ("robot aspirador", cat("Robot Vacuums")),
  ("avísame si el primero baja de 150 dólares", {"tools_any": ["create_watch"], "watches": 1}))

# ------------------------------------------------------------------ currency
S("cur-headphones-150-dollars", "currency",
  ("headphones under 150 dollars", cat("Headphones", results_max_price=150)))
S("cur-running-80-120", "currency",
  ("running shoes $80-120", cat("Running", results_min_price=80, results_max_price=120)))
S("cur-charger-twenty-dollars", "currency",
  ("a phone charger under twenty dollars", cat("Chargers", results_max_price=20)))
S("cur-keyboard-bare-60", "currency",
  ("keyboard under 60", cat("Keyboards", route="fast", results_max_price=60)))
S("cur-carry-on-bucks", "currency",
  ("carry-on suitcase between 100 and 250 bucks", cat("Carry-On", results_min_price=100, results_max_price=250)))
S("cur-air-fryer-followup", "currency",
  ("air fryer", cat("Air Fryers")),
  ("anything under $90?", {"results_max_price": 90}))
S("cur-chef-knife-over-100", "currency",
  ("chef knife over $100", cat("Chef Knives", results_min_price=100)))
S("cur-dash-cam-usd", "currency",
  ("dash cam under 100 USD", cat("Dash Cams", results_max_price=100)))
S("cur-smartwatch-range-words", "currency",
  ("smartwatch, somewhere between one hundred and two hundred dollars",
   cat("Smartwatches", results_min_price=100, results_max_price=200)))
S("cur-sunscreen-fifteen", "currency",
  ("sunscreen for less than $15", cat("Sunscreen", results_max_price=15)))

# ------------------------------------------------------------------ compare
S("cmp-laptops-first-two", "compare",
  ("laptop", cat("Laptops")),
  ("compare the first two", {"tools_any": ["compare_products"], "results_include": ["#1", "#2"]}))
S("cmp-robot-vacuum-1-3", "compare",
  ("robot vacuum", cat("Robot Vacuums")),
  ("compare #1 and #3", {"tools_any": ["compare_products"], "results_include": ["#1", "#3"]}))
S("cmp-toothbrush-value", "compare",
  ("electric toothbrush", cat("Toothbrushes")),
  ("which of the first two is better value?", {"tools_any": CMP, "answer_grounded": True}))
S("cmp-chairs-reviews", "compare",
  ("office chair", cat("Office Chairs")),
  ("first vs second: which one has better reviews?", {"tools_any": CMP + ["summarize_reviews"],
                                                      "answer_grounded": True}))
S("cmp-direct-sleeping-pads", "compare",
  ("compare the two best rated sleeping pads", {"tools_any": ["search_products"], "answer_grounded": True}))
S("cmp-trackers-first-three", "compare",
  ("fitness tracker", cat("Fitness Trackers")),
  ("compare the first three", {"tools_any": ["compare_products"], "results_include": ["#1", "#2", "#3"]}))
S("cmp-mower-stack-up", "compare",
  ("lawn mower", cat("Lawn Mowers")),
  ("how does the second one stack up against the first?", {"tools_any": CMP, "answer_grounded": True}))
S("cmp-knife-sets-2-4", "compare",
  ("knife set", cat("Knife Sets")),
  ("could you compare #2 and #4 for me please?", {"tools_any": ["compare_products"], "results_include": ["#2", "#4"]}))
S("cmp-dutch-oven-no-add", "compare",
  ("dutch oven", cat("Dutch Ovens")),
  ("compare the first two, don't add anything", {**SAME, "tools_any": ["compare_products"],
                                                 "results_include": ["#1", "#2"]}))

# ------------------------------------------------------------------ reviews
S("rev-casual-shoes-first", "reviews",
  ("casual sneakers", cat("Casual")),
  ("what do people say about the first one?", {"tools_any": REV, "answer_grounded": True}))
S("rev-vacuum-complaints", "reviews",
  ("vacuum cleaner", cat("Vacuum")),
  ("any complaints in the reviews of #2?", {"tools_any": REV, "answer_grounded": True}))
S("rev-blender-summary", "reviews",
  ("blender", cat("Blenders")),
  ("summarize the reviews for the first one", {"tools_any": REV}))
S("rev-chair-back-pain", "reviews",
  ("office chair", cat("Office Chairs")),
  ("do reviewers mention back pain with the first one?", {"tools_any": REV, "state_unchanged": True}))
S("rev-stroller-third", "reviews",
  ("stroller", cat("Strollers")),
  ("how are the reviews on the third one?", {"tools_any": REV, "answer_grounded": True}))
S("rev-hair-dryer-noise", "reviews",
  ("hair dryer", cat("Hair Dryers")),
  ("is the first one noisy according to the reviews?", {"tools_any": REV}))
S("rev-grill-cheapest", "reviews",
  ("grill", cat("Grills")),
  ("what do reviews say about the cheapest one?", {"tools_any": REV, "answer_grounded": True}))
S("rev-direct-air-fryer", "reviews",
  ("what do reviewers say about the top rated air fryer?", {"tools_any": ["search_products", "summarize_reviews"],
                                                             "answer_grounded": True}))
S("rev-massage-gun-then-add", "reviews",
  ("massage gun", cat("Massage Guns")),
  ("what do reviews say about the first one?", {"tools_any": REV, "state_unchanged": True}),
  ("ok, add it to my cart", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 1}))

# ------------------------------------------------------------------ checkout
CO = ["prepare_checkout"]
S("co-pens-check-out", "checkout",
  ("gel pens in stock", cat("Pens", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("check out", {"tools_any": CO, "cart_lines": 1}))
S("co-mug-express", "checkout",
  ("travel mug", cat("Travel Mugs")),
  ("add 2 of the first one to my cart", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 2}}),
  ("how much is checkout with express shipping?", {"tools_any": CO, "cart_qty": {"ref": "#1", "qty": 2}}))
S("co-two-items-total", "checkout",
  ("shampoo", cat("Shampoo")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("face cleanser in stock", cat("Cleansers", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1", "cart_lines": 2}),
  ("ready to check out, what's the total?", {"tools_any": CO, "cart_lines": 2}))
S("co-empty-cart", "checkout",
  ("check out please", {**SAME, "cart_lines": 0}))
S("co-standard-dont-pay", "checkout",
  ("board game in stock", cat("Board Games", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("what's the total with standard shipping? don't pay yet", {**SAME, "tools_any": CO, "cart_lines": 1}))
S("co-remove-then-checkout", "checkout",
  ("jigsaw puzzle in stock", cat("Puzzles", results_in_stock=True)),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("add the second one too", {"tools_any": ADD, "cart_has": "#2", "cart_lines": 2}),
  ("remove the first puzzle, then take me to checkout", {"tools_any": CO, "cart_lines": 1}))
S("co-typo", "checkout",
  ("kids scooter", cat("Scooters")),
  ("add #1", {"tools_any": ADD, "cart_has": "#1"}),
  ("chekout pls", {"tools_any": CO, "cart_lines": 1}))
S("co-shipping-options", "checkout",
  ("tire inflator", cat("Tire Inflators")),
  ("add the first one to my cart", {"tools_any": ADD, "cart_has": "#1"}),
  ("what would shipping cost at checkout?", {"tools_any": CO, "cart_lines": 1}))
S("co-litter-three", "checkout",
  ("cat litter", cat("Cat Litter")),
  ("add 3 of the first one to my cart", {"tools_any": QTY, "cart_qty": {"ref": "#1", "qty": 3}}),
  ("proceed to checkout", {"tools_any": CO, "cart_qty": {"ref": "#1", "qty": 3}}))

# ------------------------------------------------------------------ search (HG = human_goals.json rewrite)
S("search-hg-running-women", "search",  # HG: im looking for running shoe for women
  ("im looking for running shoes for women", cat("Running")))
S("search-hg-running-black-9", "search",  # HG: running shoes ... dark grey with arch support ... size 13.5
  ("i need running shoes with arch support, black, in a size 9",
   cat("Running", results_option={"color": "black", "size": "9"})))
S("search-hg-leggings-high-waist", "search",  # HG: a large gray pair of leggings with a high waist
  ("i would like a large black pair of leggings with a high waist",
   cat("Leggings", results_option={"color": "black", "size": "l"})))
S("search-hg-hoodie-sky-blue", "search",  # HG: a hoodie with a loose fit. sky blue and large is preferred
  ("i need a hoodie with a loose fit, sky blue preferred", cat("Hoodies", results_option={"color": "sky blue"})))
S("search-hg-tshirt-white", "search",  # HG: men classic fit t-shirt. please choose black color
  ("i am looking for a men's classic fit t-shirt. please choose white", cat("T-Shirts", results_option={"color": "white"})))
S("search-hg-power-bank", "search",  # HG: a blue power bank with a usb port and wireless charging
  ("im looking for a power bank with a usb port and wireless charging", cat("Power Banks")))
S("search-hg-portable-speaker", "search",  # HG: bluetooth wireless speakers which is portable and easy to carry
  ("i want a bluetooth wireless speaker which is portable and easy to carry", cat("Speakers")))
S("search-hg-water-resistant-speaker", "search",  # HG: white bluetooth speakers ... water resistant ... stereo sound
  ("im trying to find a bluetooth speaker that is water resistant and has stereo sound", cat("Speakers")))
S("search-hg-usb-mouse", "search",  # HG: a black usb mouse that is easy to use
  ("i want to find a usb mouse that is easy to use", cat("Mice")))
S("search-hg-shampoo", "search",  # HG: a cruelty-free coconut scented shampoo
  ("i would like a cruelty-free shampoo", cat("Shampoo")))
S("search-hg-sunscreen-dry-skin", "search",  # HG: unscented sunscreen lotion for dry skin
  ("i want an unscented sunscreen lotion for dry skin", cat("Sunscreen")))
S("search-hg-cleanser-sensitive", "search",  # HG: a gentle facial cleanser for acne prone & sensitive skin
  ("i want a gentle facial cleanser for sensitive skin", cat("Cleansers")))
S("search-hg-perfume", "search",  # HG: i would like a long lasting perfume
  ("i would like a long lasting perfume", cat("Perfume")))
S("search-hg-twin-sheets-grey", "search",  # HG: get me some twin-sized flat sheets in gray
  ("get me some twin-sized sheets in grey", cat("Sheets", results_option={"color": "grey", "size": "twin"})))
S("search-hg-grey-slippers", "search",  # HG: i need grey memory foam slippers with open toes
  ("i need grey memory foam slippers", cat("Slippers", results_option={"color": "grey"})))
S("search-hg-office-chair", "search",  # HG: a heavy duty, height adjustable office chair in pink color
  ("i need a heavy duty, height adjustable office chair", cat("Office Chairs")))
S("search-hg-dash-cam", "search",  # HG: front and rear dual 1080p dash cam with night vision ... easy to install
  ("im looking for a dash cam with night vision that is easy to install", cat("Dash Cams")))
S("search-hg-king-sheet-set", "search",  # HG: a cotton sheet set for a light blue king size bed
  ("i am looking for a cotton sheet set for a king size bed", cat("Sheets", results_option={"size": "king"})))
S("search-hg-comforter-full", "search",  # HG: a full sized, machine washable comforter
  ("i need to buy a machine washable comforter", cat("Comforters")))
S("search-hg-toothbrush-sensitive", "search",  # HG: manual toothbrushes that are good for sensitive teeth
  ("i need an electric toothbrush that is good for sensitive teeth", cat("Toothbrushes")))
S("search-rated-backpacks", "search",
  ("hiking backpack with at least 4 stars", cat("Backpacks", results_min_rating=4.0)))
S("search-brand-sonara", "search",
  ("Sonara earbuds", cat("Earbuds", results_brand="Sonara")))


def validate(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    dupes = [i for i, n in collections.Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    for r in rows:
        assert set(r) == {"id", "class", "turns"}, r["id"]
        assert r["class"] in CLASSES, r["id"]
        assert r["turns"], r["id"]
        for t in r["turns"]:
            assert set(t) == {"user", "expect"} and isinstance(t["expect"], dict), r["id"]
            assert isinstance(t["user"], str) and t["user"].strip(), r["id"]
            bad = set(t["expect"]) - KEYS
            assert not bad, f"{r['id']}: unknown keys {bad}"
            e = t["expect"]
            for tool in e.get("tools_any", []):
                assert tool in TOOLS, f"{r['id']}: unknown tool {tool}"
            for v in (e.get("results_option") or {}).values():
                assert v == v.lower(), f"{r['id']}: results_option values must be lower-case"
            for k in e.get("cart_option") or {}:
                assert k == k.lower(), f"{r['id']}: cart_option keys must be lower-case"
            if "route" in e:
                assert e["route"] in ("fast", "deep"), r["id"]


def main() -> int:
    validate(SCENARIOS)
    OUT.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in SCENARIOS), encoding="utf-8")
    # re-read: every line parses
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    validate(back)
    counts = collections.Counter(s["class"] for s in back)
    print(f"{len(back)} scenarios -> {OUT}")
    for name in sorted(CLASSES):
        print(f"  {name:<13}{counts[name]}")
    print(f"  negation+hypothetical {counts['negation'] + counts['hypothetical']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
