"""Word lists for query understanding: category synonyms and the words too common to be a brand.

A synonym never invents a category: each entry lists candidate category names in order of preference,
and the vocabulary keeps the first one that names a category the catalog actually has.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


# term a shopper types -> category names to look for in the catalog, most specific first.
CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    # footwear
    "sneakers": ("sneakers", "athletic shoes", "shoes", "footwear"),
    "sneaker": ("sneakers", "athletic shoes", "shoes", "footwear"),
    "trainers": ("sneakers", "athletic shoes", "shoes", "footwear"),
    "running shoes": ("running shoes", "running", "athletic shoes", "sneakers", "shoes", "footwear"),
    "shoes": ("shoes", "footwear"),
    "boots": ("boots", "footwear"),
    "hiking boots": ("hiking boots", "hiking", "boots", "footwear"),
    "sandals": ("sandals", "footwear"),
    "flip flops": ("flip flops", "sandals", "footwear"),
    "slippers": ("slippers", "footwear"),
    "heels": ("heels", "pumps", "shoes", "footwear"),
    "loafers": ("loafers", "shoes", "footwear"),
    # electronics
    "laptop": ("laptops", "notebooks", "computers", "electronics"),
    "notebook computer": ("laptops", "notebooks", "computers", "electronics"),
    "computer": ("computers", "electronics"),
    "tablet": ("tablets", "computers", "electronics"),
    "headphones": ("headphones", "audio", "electronics"),
    "headphone": ("headphones", "audio", "electronics"),
    "headset": ("headsets", "headphones", "audio", "electronics"),
    "earbuds": ("earbuds", "headphones", "audio", "electronics"),
    "earphones": ("earbuds", "headphones", "audio", "electronics"),
    "speaker": ("speakers", "audio", "electronics"),
    "speakers": ("speakers", "audio", "electronics"),
    "phone": ("phones", "smartphones", "cell phones", "electronics"),
    "smartphone": ("smartphones", "phones", "cell phones", "electronics"),
    "tv": ("televisions", "tvs", "tv", "electronics"),
    "television": ("televisions", "tvs", "tv", "electronics"),
    "monitor": ("monitors", "computers", "electronics"),
    "camera": ("cameras", "electronics"),
    "smartwatch": ("smartwatches", "wearables", "watches", "electronics"),
    "charger": ("chargers", "electronics"),
    "cable": ("cables", "electronics"),
    "keyboard": ("keyboards", "computer accessories", "computers", "electronics"),
    "mouse": ("mice", "computer accessories", "computers", "electronics"),
    # apparel
    "tee": ("t shirts", "tees", "shirts", "tops", "apparel", "clothing"),
    "tees": ("t shirts", "tees", "shirts", "tops", "apparel", "clothing"),
    "t shirt": ("t shirts", "tees", "shirts", "tops", "apparel", "clothing"),
    "tshirt": ("t shirts", "tees", "shirts", "tops", "apparel", "clothing"),
    "shirt": ("shirts", "tops", "apparel", "clothing"),
    "hoodie": ("hoodies", "sweatshirts", "tops", "apparel", "clothing"),
    "sweatshirt": ("sweatshirts", "hoodies", "tops", "apparel", "clothing"),
    "sweater": ("sweaters", "knitwear", "tops", "apparel", "clothing"),
    "jacket": ("jackets", "outerwear", "coats", "apparel", "clothing"),
    "coat": ("coats", "outerwear", "jackets", "apparel", "clothing"),
    "raincoat": ("rain jackets", "jackets", "outerwear", "apparel", "clothing"),
    "jeans": ("jeans", "pants", "bottoms", "apparel", "clothing"),
    "pants": ("pants", "trousers", "bottoms", "apparel", "clothing"),
    "trousers": ("pants", "trousers", "bottoms", "apparel", "clothing"),
    "leggings": ("leggings", "pants", "bottoms", "apparel", "clothing"),
    "shorts": ("shorts", "bottoms", "apparel", "clothing"),
    "dress": ("dresses", "apparel", "clothing"),
    "skirt": ("skirts", "bottoms", "apparel", "clothing"),
    "socks": ("socks", "apparel", "clothing"),
    "clothes": ("apparel", "clothing"),
    # kitchen
    "pan": ("cookware", "pans", "kitchen"),
    "pans": ("cookware", "pans", "kitchen"),
    "frying pan": ("cookware", "pans", "kitchen"),
    "skillet": ("cookware", "pans", "skillets", "kitchen"),
    "pot": ("cookware", "pots", "kitchen"),
    "pots": ("cookware", "pots", "kitchen"),
    "knife": ("knives", "cutlery", "kitchen"),
    "knives": ("knives", "cutlery", "kitchen"),
    "kettle": ("kettles", "small appliances", "appliances", "kitchen"),
    "blender": ("blenders", "small appliances", "appliances", "kitchen"),
    "toaster": ("toasters", "small appliances", "appliances", "kitchen"),
    "coffee maker": ("coffee makers", "coffee", "small appliances", "appliances", "kitchen"),
    "mug": ("mugs", "drinkware", "kitchen"),
    "cup": ("cups", "drinkware", "kitchen"),
    "water bottle": ("water bottles", "drinkware", "bottles", "kitchen"),
    # outdoors, bags, home
    "tent": ("tents", "camping", "outdoors", "outdoor"),
    "sleeping bag": ("sleeping bags", "camping", "outdoors", "outdoor"),
    "backpack": ("backpacks", "bags", "luggage"),
    "rucksack": ("backpacks", "bags", "luggage"),
    "suitcase": ("suitcases", "luggage", "bags"),
    "bag": ("bags",),
    "handbag": ("handbags", "bags"),
    "purse": ("handbags", "purses", "bags"),
    "sofa": ("sofas", "couches"),
    "couch": ("sofas", "couches"),
    "chair": ("chairs", "seating"),
    "desk": ("desks", "standing desks"),
    "table": ("tables",),
    "lamp": ("lamps", "lighting"),
    "pillow": ("pillows", "bedding"),
    "blanket": ("blankets", "throws", "bedding"),
    "sheets": ("sheets", "bedding"),
    "watch": ("watches", "smartwatches"),
    "sunglasses": ("sunglasses", "eyewear"),
    "shampoo": ("shampoo", "hair care", "beauty"),
    "lipstick": ("lipstick", "makeup", "beauty"),
    "makeup": ("makeup", "cosmetics", "beauty"),
    "toy": ("toys",),
    "toys": ("toys",),
}

# Department names that mostly describe another product when a shopper types them: "home theater",
# "baby shower toppers", "kitchen table", "travel bottles". As category names they only narrow a category
# named by a product noun.
MODIFIER_CATEGORY_NAMES: frozenset[str] = words(
    "home baby kitchen office garden outdoor outdoors travel health automotive sport sports pet kids "
    "hardware equipment living personal care"
)

# Everyday words that are sometimes also brand names. A one-word brand that is one of these (or that the
# catalog itself uses as a category, attribute or option word) only becomes a brand filter when the
# shopper capitalised it; otherwise "apple juice" would filter on the brand Apple.
COMMON_WORDS: frozenset[str] = words(
    """
    a about above after again all also always amazon and any apple apples arc art baby back bag balance
    basic basics bear bee being best better big bird black blue bold bright brown bull camel care case
    cat champion classic clean clear cloud coach comfort cool core corner crown daily day deer diamond
    dog dove dream eagle earth easy echo edge element elite essential essentials every eye face fire
    first fit fix flash fox fresh friend fruit fun game gap garden gear giant glow go gold golden good
    gorilla grand green guess happy harbor heart hello home honest hope horse house hunter ice icon ideal
    iron jack jam joy just key kind king kitchen lab land leaf legend life light lime line lion little
    live lotus love lucky magic mango max mercury method mint mode modern moon mountain native natural
    nature new next nice north oak ocean office one orange organic origin original out pacific palm
    paper peak pearl pilot pine pink pioneer planet plus polar pop power premier prime pro pure purple
    quest rain rainbow ray real red rock rose royal ruby sage salt sea secret select shark shell silver
    simple sky slim smart snow solar sol sound spark spirit sport star state steel stone storm summit sun
    sunny supreme swan swift target tide tiger timber titan top total tree true trust ultra union unique
    united universal up urban value vector venture victory vintage vision vita vital wave west white
    wild wind winter wise wolf wonder wood world yes yellow young zen zero
    """
)
