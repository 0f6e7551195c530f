public class NeedsMissing extends Missing {}
